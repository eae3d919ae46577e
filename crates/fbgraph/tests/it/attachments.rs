//! The Attachment Upload API through the typed client: an upload from a URL and one sent as a
//! file each answer an `attachment_id` that a later send attaches, and the message then holds
//! the file; an id nobody uploaded is refused.

use fbgraph::runtime::Upload;
use fbgraph::v26_0::{
    Attachment, CreatePageMessageAttachments, GetMessage, MediaPayload, MessageAttachmentField,
    MessageField, OutgoingMessage, Recipient, SendMessage, UploadAttachment, UploadMessage,
    UploadPayload,
};

use crate::support::Env;

async fn send_saved(
    env: &Env,
    attachment: Attachment,
) -> Result<String, fbgraph::Error<fbgraph::v26_0::SendMessageErrorCode>> {
    let sent = env
        .client
        .send(SendMessage::message(
            "me",
            Recipient::id(env.customer()),
            OutgoingMessage::attachment(attachment),
        ))
        .await?;
    Ok(sent.message_id.expect("a message id"))
}

#[tokio::test]
async fn uploads_by_url_and_by_file_are_sent_later_by_id() {
    let env = Env::start().await;
    let by_url = env
        .client
        .send(CreatePageMessageAttachments::new(
            "me",
            UploadMessage::new(UploadAttachment::Image(
                UploadPayload::new()
                    .url("https://cdn.example.com/shirt.png")
                    .is_reusable(true),
            )),
        ))
        .await
        .expect("saved from a URL")
        .attachment_id
        .expect("its id");
    let by_file = env
        .client
        .send(
            CreatePageMessageAttachments::new(
                "me",
                UploadMessage::new(UploadAttachment::File(
                    UploadPayload::new().is_reusable(true),
                )),
            )
            .filedata(Upload::new(
                "terms.pdf",
                "application/pdf",
                b"%PDF-1.7 terms".to_vec(),
            )),
        )
        .await
        .expect("saved from a file")
        .attachment_id
        .expect("its id");
    assert_ne!(by_url, by_file);

    let mid = send_saved(
        &env,
        Attachment::Image(MediaPayload::new().attachment_id(&by_url)),
    )
    .await
    .expect("sent by id");
    let message = env
        .client
        .send(GetMessage::new(&mid).fields([MessageField::attachments([
            MessageAttachmentField::ImageData,
        ])]))
        .await
        .expect("read back");
    let attachments = message.attachments.expect("its attachments").data;
    let url = attachments[0]
        .image_data
        .as_ref()
        .and_then(|i| i.url.clone());
    assert_eq!(url.as_deref(), Some("https://cdn.example.com/shirt.png"));

    let mid = send_saved(
        &env,
        Attachment::File(MediaPayload::new().attachment_id(&by_file)),
    )
    .await
    .expect("sent by id");
    let message = env
        .client
        .send(GetMessage::new(&mid).fields([MessageField::Attachments]))
        .await
        .expect("read back");
    let attachments = message.attachments.expect("its attachments").data;
    assert_eq!(attachments[0].name.as_deref(), Some("terms.pdf"));
    assert_eq!(attachments[0].mime_type.as_deref(), Some("application/pdf"));
}

#[tokio::test]
async fn an_upload_needs_a_file_and_an_unknown_id_is_refused() {
    let env = Env::start().await;
    let refused = env
        .client
        .send(CreatePageMessageAttachments::new(
            "me",
            UploadMessage::new(UploadAttachment::Video(UploadPayload::new())),
        ))
        .await
        .expect_err("neither a URL nor a file");
    let graph = refused.graph().expect("Graph's error");
    assert_eq!((graph.code, graph.error_subcode), (100, Some(2018047)));

    let refused = send_saved(
        &env,
        Attachment::Audio(MediaPayload::new().attachment_id("77777")),
    )
    .await
    .expect_err("never uploaded");
    assert!(
        refused
            .graph()
            .is_some_and(|g| g.code == 100 && g.message.contains("attachment_id")),
        "{refused:?}"
    );
}
