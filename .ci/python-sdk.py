"""Meta's official Python SDK (facebook-business, from PyPI) against the mock.

Run by .ci/run: `python .ci/python-sdk.py BASE_URL`, with the mock serving its embedded specs
at BASE_URL (http://127.0.0.1:PORT) and the default page access token. A client written by
someone else reads the Messenger calls, a call of the whole API the import brought (a Page's
feed), and gets Graph's refusal of a bad enum value. Exits non-zero on any difference.
"""

import sys

from facebook_business.api import FacebookAdsApi
from facebook_business.adobjects.page import Page
from facebook_business.exceptions import FacebookRequestError
from facebook_business.session import FacebookSession

base = sys.argv[1]
# The SDK's one setting for where Graph is.
FacebookSession.GRAPH = base
FacebookAdsApi.init(access_token="mock-page-access-token", api_version="v26.0")
page = Page("me")

conversations = list(page.get_conversations(fields=["id", "updated_time"], params={"platform": "MESSENGER"}))
assert len(conversations) == 2, conversations
assert all(c["id"].startswith("t_") for c in conversations), conversations

sent = page.create_message(params={
    "recipient": {"id": "24843122109876543"},
    "message": {"text": "hello from the Python SDK"},
    "messaging_type": "RESPONSE",
})
assert sent["recipient_id"] == "24843122109876543", dict(sent)
assert sent["message_id"].startswith("m_"), dict(sent)

assert list(page.get_feed()) == [], "nothing was posted to the feed"

try:
    page.get_conversations(params={"platform": "MYSPACE"})
    raise SystemExit("a bad enum value was accepted")
except FacebookRequestError as e:
    assert e.api_error_code() == 100, e.api_error_code()
    assert "platform" in e.api_error_message(), e.api_error_message()

print("facebook-business against the mock: conversations, send, feed and a refused enum as Graph answers")
