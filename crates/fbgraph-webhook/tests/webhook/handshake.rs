use fbgraph_webhook::{ConfigError, HandshakeError, HandshakeParam, Receiver};

use crate::{TOKEN, encode, receiver};

fn query(mode: &str, token: &str, challenge: &str) -> String {
    format!(
        "hub.mode={}&hub.verify_token={}&hub.challenge={}",
        encode(mode),
        encode(token),
        encode(challenge)
    )
}

#[test]
fn the_right_token_gets_the_challenge_back() {
    let answer = receiver().verify_handshake(&query("subscribe", TOKEN, "1158201444"));
    assert_eq!(answer, Ok("1158201444".to_owned()));
}

#[test]
fn the_query_may_start_with_a_question_mark_and_use_plus_for_spaces() {
    let query = format!(
        "?hub.challenge=a+b&hub.mode=subscribe&hub.verify_token={}",
        TOKEN
            .replace('/', "%2f")
            .replace('&', "%26")
            .replace('=', "%3D")
            .replace(' ', "+")
    );
    assert_eq!(receiver().verify_handshake(&query), Ok("a b".to_owned()));
}

#[test]
fn a_wrong_token_is_refused() {
    let receiver = receiver();
    for token in ["wrong", &TOKEN[..TOKEN.len() - 1], &format!("{TOKEN}x")] {
        assert_eq!(
            receiver.verify_handshake(&query("subscribe", token, "1")),
            Err(HandshakeError::TokenMismatch),
            "{token}"
        );
    }
}

#[test]
fn the_first_of_a_repeated_token_counts() {
    let query = format!(
        "hub.mode=subscribe&hub.verify_token=wrong&hub.verify_token={}&hub.challenge=1",
        encode(TOKEN)
    );
    assert_eq!(
        receiver().verify_handshake(&query),
        Err(HandshakeError::TokenMismatch)
    );
}

#[test]
fn a_missing_or_empty_parameter_is_named() {
    let receiver = receiver();
    let token = encode(TOKEN);
    let cases = [
        (
            format!("hub.verify_token={token}&hub.challenge=1"),
            HandshakeParam::Mode,
        ),
        (
            format!("hub.mode=&hub.verify_token={token}&hub.challenge=1"),
            HandshakeParam::Mode,
        ),
        (
            "hub.mode=subscribe&hub.challenge=1".to_owned(),
            HandshakeParam::VerifyToken,
        ),
        (
            format!("hub.mode=subscribe&hub.verify_token={token}"),
            HandshakeParam::Challenge,
        ),
        (
            format!("hub.mode=subscribe&hub.verify_token={token}&hub.challenge"),
            HandshakeParam::Challenge,
        ),
        (String::new(), HandshakeParam::Mode),
    ];
    for (query, param) in cases {
        assert_eq!(
            receiver.verify_handshake(&query),
            Err(HandshakeError::Missing(param)),
            "{query}"
        );
    }
    assert_eq!(
        HandshakeError::Missing(HandshakeParam::Challenge).to_string(),
        "the handshake lacks `hub.challenge`"
    );
}

#[test]
fn a_mode_other_than_subscribe_is_refused_even_with_the_right_token() {
    let receiver = receiver();
    for mode in ["unsubscribe", "Subscribe", "subscribe "] {
        assert_eq!(
            receiver.verify_handshake(&query(mode, TOKEN, "1")),
            Err(HandshakeError::WrongMode),
            "{mode:?}"
        );
    }
}

#[test]
fn decoded_parameters_are_checked_alike() {
    let receiver = receiver();
    assert_eq!(
        receiver.verify_handshake_params(Some("subscribe"), Some(TOKEN), Some("42")),
        Ok("42".to_owned())
    );
    assert_eq!(
        receiver.verify_handshake_params(Some("subscribe"), Some("nope"), Some("42")),
        Err(HandshakeError::TokenMismatch)
    );
    assert_eq!(
        receiver.verify_handshake_params(Some("subscribe"), None, Some("42")),
        Err(HandshakeError::Missing(HandshakeParam::VerifyToken))
    );
}

#[test]
fn an_empty_secret_or_token_is_refused_up_front() {
    assert_eq!(
        Receiver::new("", "t").err(),
        Some(ConfigError::EmptyAppSecret)
    );
    assert_eq!(
        Receiver::new("s", "").err(),
        Some(ConfigError::EmptyVerifyToken)
    );
}
