// messaging-api-messenger (from npm, written by someone else) against the mock.
//
// Run by .ci/run: `node .ci/messenger-client.cjs BASE_URL`, with the package installed in
// target/ci-node and the mock serving its embedded specs at BASE_URL with the default page
// access token. The client sends text, quick replies and templates as it builds them, and gets
// Graph's refusals (code 100 and Graph's message) for what breaks Graph's limits and rules,
// and the error a bot test told the mock to answer. Exits non-zero on any difference.
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

  console.log('messaging-api-messenger against the mock: text, quick replies, generic, button and receipt templates, media, and Graph\'s refusals');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
