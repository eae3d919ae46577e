// messaging-api-messenger (from npm, written by someone else) against the mock.
//
// Run by .ci/run: `node .ci/messenger-client.cjs BASE_URL`, with the package installed in
// target/ci-node and the mock serving its embedded specs at BASE_URL with the default page
// access token. The client sends text, quick replies and templates as it builds them, and gets
// Graph's refusals (code 100 and Graph's message) for what breaks Graph's limits and rules,
// and the error a bot test told the mock to answer; then it sets, reads and deletes the
// Messenger profile, reads a customer's profile, sends as a persona, uploads attachments,
// hands the conversation to the Page Inbox and back and labels the customer, each read back.
// Exits non-zero on any difference.
'use strict';

const assert = require('node:assert/strict');
const { MessengerClient } = require('messaging-api-messenger');

const base = process.argv[2];
const psid = '24843122109876543';
const client = new MessengerClient({
  accessToken: 'mock-page-access-token',
  version: '26.0',
  origin: base,
  skipAppSecretProof: true,
});

async function refused(what, promise, code, says) {
  try {
    await promise;
  } catch (e) {
    const error = e.response && e.response.data && e.response.data.error;
    assert.ok(error, `${what}: not Graph's envelope: ${e}`);
    assert.equal(error.code, code, `${what}: ${JSON.stringify(error)}`);
    assert.ok(error.message.includes(says), `${what}: ${error.message}`);
    return error;
  }
  throw new Error(`${what} was accepted`);
}

const button = (i) => ({ type: 'postback', title: `Buy ${i}`, payload: `BUY_${i}` });
const element = (i, buttons = 1) => ({
  title: `Item ${i}`,
  subtitle: 'For everyone',
  imageUrl: 'https://example.com/hat.png',
  defaultAction: { type: 'web_url', url: 'https://example.com/hat' },
  buttons: Array.from({ length: buttons }, (_, j) => button(j)),
});

(async () => {
  const sent = await client.sendText(psid, 'hello from messaging-api-messenger', {
    messagingType: 'RESPONSE',
  });
  assert.ok(sent.messageId.startsWith('m_'), JSON.stringify(sent));

  const replies = (n) =>
    Array.from({ length: n }, (_, i) => ({ contentType: 'text', title: `Option ${i}`, payload: `OPT_${i}` }));
  await client.sendText(psid, 'Pick one', { quickReplies: replies(13) });
  await client.sendGenericTemplate(psid, Array.from({ length: 10 }, (_, i) => element(i, 3)));
  await client.sendButtonTemplate(psid, 'What next?', [
    { type: 'web_url', url: 'https://example.com', title: 'Visit' },
    button(1),
    { type: 'phone_number', title: 'Call', payload: '+15105550123' },
  ]);
  await client.sendReceiptTemplate(psid, {
    recipientName: 'Stephane Crozatier',
    orderNumber: '12345678902',
    currency: 'USD',
    paymentMethod: 'Visa 2345',
    elements: [{ title: 'Classic White T-Shirt', quantity: 2, price: 50, currency: 'USD' }],
    summary: { subtotal: 75.0, shippingCost: 4.95, totalTax: 6.19, totalCost: 56.14 },
  });
  await client.sendImage(psid, 'https://example.com/cat.png');

  await refused('2,001 characters', client.sendText(psid, 'x'.repeat(2001)), 100,
    'Length of param message[text] must be less than or equal to 2000');
  await refused('14 quick replies', client.sendText(psid, 'Pick', { quickReplies: replies(14) }), 100,
    'param message[quick_replies] must have at most 13 elements');
  await refused('11 elements', client.sendGenericTemplate(psid, Array.from({ length: 11 }, (_, i) => element(i))), 100,
    'param message[attachment][payload][elements] must have at most 10 elements');
  await refused('4 buttons', client.sendButtonTemplate(psid, 'Next?', [button(1), button(2), button(3), button(4)]), 100,
    'param message[attachment][payload][buttons] must have at most 3 elements');
  await refused('a 21-character title', client.sendButtonTemplate(psid, 'Next?', [{ type: 'postback', title: 'b'.repeat(21), payload: 'X' }]), 100,
    'Length of param message[attachment][payload][buttons][0][title] must be less than or equal to 20');
  await refused('MESSAGE_TAG without a tag', client.sendText(psid, 'late', { messagingType: 'MESSAGE_TAG' }), 100,
    'The parameter tag is required when messaging_type is MESSAGE_TAG');
  await refused('a misspelt template', client.sendTemplate(psid, { templateType: 'genric', elements: [element(1)] }), 100,
    'param message[attachment][payload][template_type] must be one of {generic, button, media, receipt, product, coupon, customer_feedback}');

  // A bot's test tells the mock to answer the next send with "outside the allowed window".
  const told = await fetch(`${base}/_sandbox/calls/SendMessage/error`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: 10, subcode: 2018278, times: 1 }),
  });
  assert.equal(told.status, 200);
  const outside = await refused('outside the window', client.sendText(psid, 'too late'), 10,
    'This message is sent outside of allowed window');
  // The client camel-cases Graph's keys.
  assert.equal(outside.error_subcode ?? outside.errorSubcode, 2018278, JSON.stringify(outside));
  await client.sendText(psid, 'tagged', { tag: 'HUMAN_AGENT' });

  // The Messenger profile: what a POST sets, a GET returns and a DELETE removes.
  await refused('a menu without Get Started', client.setPersistentMenu([button(1)]), 100,
    'You must set a Get Started button if you also wish to use persistent menu');
  await client.setGetStarted('GET_STARTED');
  await client.setGreeting([{ locale: 'default', text: 'Hello {{user_first_name}}!' }]);
  await client.setPersistentMenu([
    { type: 'postback', title: 'Talk to an agent', payload: 'CARE_HELP' },
    { type: 'web_url', title: 'Shop now', url: 'https://example.com/shop' },
  ]);
  await client.setWhitelistedDomains(['https://example.com']);
  assert.deepEqual(await client.getGetStarted(), { payload: 'GET_STARTED' });
  const menu = await client.getPersistentMenu();
  assert.equal(menu[0].callToActions[1].url, 'https://example.com/shop', JSON.stringify(menu));
  assert.equal((await client.getGreeting())[0].text, 'Hello {{user_first_name}}!');
  await client.deletePersistentMenu();
  assert.ok((await client.getPersistentMenu()) == null, 'the menu is gone');
  assert.deepEqual(await client.getWhitelistedDomains(), ['https://example.com']);
  await client.setUserPersistentMenu(psid, [{ type: 'postback', title: 'Your order', payload: 'MINE' }]);
  assert.equal((await client.getUserPersistentMenu(psid))[0].callToActions[0].payload, 'MINE');
  await client.deleteUserPersistentMenu(psid);
  assert.ok((await client.getUserPersistentMenu(psid)) == null, 'the customer\'s menu is gone');

  // The customer's profile.
  const profile = await client.getUserProfile(psid);
  assert.equal(profile.id, psid);
  assert.ok(profile.firstName && profile.profilePic, JSON.stringify(profile));

  // Personas: a send as one, refused once it is deleted.
  const persona = await client.createPersona({ name: 'Agent Ada', profilePictureUrl: 'https://example.com/ada.png' });
  assert.equal((await client.getPersona(persona.id)).name, 'Agent Ada');
  await client.sendText(psid, 'Ada here', { personaId: persona.id });
  await client.deletePersona(persona.id);
  await refused('a deleted persona', client.sendText(psid, 'still Ada?', { personaId: persona.id }), 100, 'persona_id');

  // The Attachment Upload API, from a URL and from a file; the ids work in later sends.
  const fromUrl = await client.uploadImage('https://example.com/shirt.png', { isReusable: true });
  await client.sendImage(psid, { attachmentId: fromUrl.attachmentId });
  const fromFile = await client.uploadFile(Buffer.from('%PDF-1.7 terms'), {
    isReusable: true, filename: 'terms.pdf', contentType: 'application/pdf',
  });
  assert.notEqual(fromFile.attachmentId, fromUrl.attachmentId);
  await client.sendFile(psid, { attachmentId: fromFile.attachmentId });
  await refused('an unknown attachment id', client.sendImage(psid, { attachmentId: '404404' }), 100, 'attachment_id');

  // The Handover Protocol: to the Page Inbox and back.
  await client.passThreadControlToPageInbox(psid, 'wants a human');
  assert.equal(String((await client.getThreadOwner(psid)).appId), '263902037430900');
  const controlled = await refused('a send while the Page Inbox has control', client.sendText(psid, 'me too'), 10,
    'another app is controlling this thread now');
  assert.equal(controlled.error_subcode ?? controlled.errorSubcode, 2018300);
  await client.takeThreadControl(psid, 'back to the bot');
  await client.sendText(psid, 'the bot again');

  // Custom labels. This client (2020) creates labels with `name`, which the spec of today's
  // Graph no longer takes: it sends `page_label_name`, through the client's own axios.
  await refused('a label by its old param', client.createLabel('VIP'), 100, 'page_label_name');
  const label = (await client.axios.post(`/me/custom_labels?access_token=${client.accessToken}`,
    { page_label_name: 'VIP' })).data;
  await client.associateLabel(psid, label.id);
  const labels = await client.getAssociatedLabels(psid, { fields: ['page_label_name'] });
  assert.deepEqual(labels.data.map((l) => l.pageLabelName), ['VIP'], JSON.stringify(labels));
  await client.dissociateLabel(psid, label.id);
  assert.equal((await client.getAssociatedLabels(psid, { fields: ['page_label_name'] })).data.length, 0);
  await client.deleteLabel(label.id);

  console.log('messaging-api-messenger against the mock: text, quick replies, generic, button and receipt templates, media, and Graph\'s refusals; the Messenger profile and a customer\'s menu, the user profile, personas, attachment uploads by URL and file, handover to the Page Inbox and back, custom labels');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
