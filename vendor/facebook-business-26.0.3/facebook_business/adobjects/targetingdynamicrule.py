# Copyright (c) Meta Platforms, Inc. and affiliates.
# All rights reserved.

# This source code is licensed under the license found in the
# LICENSE file in the root directory of this source tree.

from facebook_business.adobjects.abstractobject import AbstractObject

"""
This class is auto-generated.

For any issues or feature requests related to this class, please let us know on
github and we'll fix in our codegen framework. We'll not be able to accept
pull request for this class.
"""

class TargetingDynamicRule(
    AbstractObject,
):

    def __init__(self, api=None):
        super(TargetingDynamicRule, self).__init__()
        self._isTargetingDynamicRule = True
        self._api = api

    class Field(AbstractObject.Field):
        field_action_type = 'action.type'
        ad_group_id = 'ad_group_id'
        campaign_group_id = 'campaign_group_id'
        campaign_id = 'campaign_id'
        impression_count = 'impression_count'
        page_id = 'page_id'
        post = 'post'
        retention_seconds = 'retention_seconds'

    _field_types = {
        'action.type': 'string',
        'ad_group_id': 'string',
        'campaign_group_id': 'string',
        'campaign_id': 'string',
        'impression_count': 'string',
        'page_id': 'string',
        'post': 'string',
        'retention_seconds': 'string',
    }
    @classmethod
    def _get_field_enum_info(cls):
        field_enum_info = {}
        return field_enum_info


