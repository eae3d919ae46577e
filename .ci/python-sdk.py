"""Meta's official Python SDK (facebook-business, from PyPI) against the mock.

Run by .ci/run: `python .ci/python-sdk.py BASE_URL`, with the mock serving its embedded specs
at BASE_URL (http://127.0.0.1:PORT), its default seeds and the default page access token. A
client written by someone else drives calls of several areas the way its users do: the
Messenger calls; a Page's feed (a post created, then read and listed), posts, photos,
ratings and insights (a bad enum value refused); an ad account's campaigns created, read and
listed; an Instagram account's media; and Graph's refusal of an edge that does not exist.
Exits non-zero on any difference.
"""

import json
import sys
import urllib.request

from facebook_business.api import FacebookAdsApi, FacebookRequest
from facebook_business.adobjects.adaccount import AdAccount
from facebook_business.adobjects.campaign import Campaign
from facebook_business.adobjects.iguser import IGUser
from facebook_business.adobjects.page import Page
from facebook_business.adobjects.pagepost import PagePost
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


def refused(call, code, says):
    """Runs `call`, which Graph refuses with `code` and a message holding `says`."""
    try:
        call()
    except FacebookRequestError as e:
        assert e.api_error_code() == code, (e.api_error_code(), e.api_error_message())
        assert says in e.api_error_message(), e.api_error_message()
        return
    raise SystemExit(f"not refused: expected code {code} ({says})")


def sandbox(path, body):
    """The mock's control API (no token; loopback only)."""
    request = urllib.request.Request(
        base + path, data=json.dumps(body).encode(), headers={"content-type": "application/json"}
    )
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)


# A Page: a post created on its feed is read back by id and listed first.
post = page.create_feed(params={"message": "Opening hours: 9 to 5"})
assert post["id"].startswith("1000000000000001_"), dict(post)
read = PagePost(post["id"]).api_get(fields=["message", "created_time", "from"])
assert read["message"] == "Opening hours: 9 to 5", dict(read)
assert read["from"]["id"] == "1000000000000001", dict(read)
assert read["created_time"].endswith("+0000"), dict(read)
feed = list(page.get_feed(fields=["message"]))
assert [p["id"] for p in feed] == [post["id"]], feed
assert list(page.get_posts()) == [], "/posts lists what the page published; nothing was"

# Photos: one uploaded by URL is then listed.
assert list(page.get_photos()) == []
photo = page.create_photo(params={"url": "https://example.com/cat.jpg", "caption": "Our cat"})
photos = list(page.get_photos(fields=["id"]))
assert [p["id"] for p in photos] == [photo["id"]], photos

# Ratings are written by people, not by an API: the mock plays them over its control API.
sandbox("/_sandbox/nodes", {
    "type": "Recommendation",
    "fields": {"rating": 5, "review_text": "Quick answers", "recommendation_type": "positive"},
    "on": {"id": "me", "edge": "ratings"},
})
ratings = list(page.get_ratings(fields=["rating", "review_text"]))
assert [(r["rating"], r["review_text"]) for r in ratings] == [(5, "Quick answers")], ratings

# Insights with enum params; a value outside the enum is refused naming the param.
insights = list(page.get_insights(params={"metric": ["page_impressions"], "period": "day", "date_preset": "last_7d"}))
assert insights == [], insights
refused(lambda: page.get_insights(params={"period": "fortnight"}), 100, "period")

# An ad account's campaigns: created, read back by id, listed.
account = AdAccount("act_3000000000000003")
created = account.create_campaign(params={
    Campaign.Field.name: "Spring sale",
    Campaign.Field.objective: Campaign.Objective.outcome_traffic,
    Campaign.Field.status: Campaign.Status.paused,
    Campaign.Field.special_ad_categories: [],
})
campaign = Campaign(created["id"]).api_get(fields=[
    Campaign.Field.name, Campaign.Field.objective, Campaign.Field.status, Campaign.Field.account_id,
])
assert campaign[Campaign.Field.name] == "Spring sale", dict(campaign)
assert campaign[Campaign.Field.status] == "PAUSED", dict(campaign)
assert campaign[Campaign.Field.objective] == "OUTCOME_TRAFFIC", dict(campaign)
assert campaign[Campaign.Field.account_id] == "3000000000000003", dict(campaign)
listed = list(account.get_campaigns(fields=[Campaign.Field.name]))
assert [(c["id"], c["name"]) for c in listed] == [(created["id"], "Spring sale")], listed
refused(lambda: account.create_campaign(params={"name": "no categories"}), 100, "special_ad_categories")
refused(lambda: account.get_campaigns(params={"date_preset": "last_century"}), 100, "date_preset")

# An Instagram account, found through the page, and its media.
ig_id = page.api_get(fields=["instagram_business_account"])["instagram_business_account"]["id"]
ig = IGUser(ig_id)
assert list(ig.get_media()) == []
container = ig.create_media(params={"image_url": "https://example.com/shoe.jpg", "caption": "New in"})
media = list(ig.get_media(fields=["caption", "owner"]))
assert [(m["id"], m["caption"], m["owner"]["id"]) for m in media] == [(container["id"], "New in", ig_id)], media

# An edge the node does not have is refused as Graph refuses it.
refused(
    lambda: FacebookRequest(
        node_id="me", method="GET", endpoint="/bogus_edge", api=FacebookAdsApi.get_default_api()
    ).execute(),
    100,
    "Tried accessing nonexisting field (bogus_edge) on node type (Page)",
)

print(
    "facebook-business against the mock: conversations and a send; a page's feed post created, read and"
    " listed, posts, photos, ratings and insights (a bad enum refused); an ad account's campaigns created,"
    " read and listed; an Instagram account's media; an unknown edge refused, each as Graph answers"
)
