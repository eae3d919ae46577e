# Copyright (c) Meta Platforms, Inc. and affiliates.
# All rights reserved.

# This source code is licensed under the license found in the
# LICENSE file in the root directory of this source tree.

from facebook_business.adobjects.abstractobject import AbstractObject
from facebook_business.adobjects.abstractcrudobject import AbstractCrudObject
from facebook_business.adobjects.objectparser import ObjectParser
from facebook_business.api import FacebookRequest
from facebook_business.typechecker import TypeChecker

"""
This class is auto-generated.

For any issues or feature requests related to this class, please let us know on
github and we'll fix in our codegen framework. We'll not be able to accept
pull request for this class.
"""

class AdsTargetingInsights(
    AbstractCrudObject,
):

    def __init__(self, fbid=None, parent_id=None, api=None):
        self._isAdsTargetingInsights = True
        super(AdsTargetingInsights, self).__init__(fbid, parent_id, api)

    class Field(AbstractObject.Field):
        audience_size = 'audience_size'
        clicks = 'clicks'
        conversion_cost = 'conversion_cost'
        conversions = 'conversions'
        description = 'description'
        id = 'id'
        impressions = 'impressions'
        name = 'name'
        revenue = 'revenue'
        spend = 'spend'
        type = 'type'

    _field_types = {
        'audience_size': 'int',
        'clicks': 'unsigned int',
        'conversion_cost': 'float',
        'conversions': 'unsigned int',
        'description': 'string',
        'id': 'string',
        'impressions': 'string',
        'name': 'string',
        'revenue': 'float',
        'spend': 'float',
        'type': 'string',
    }
    @classmethod
    def _get_field_enum_info(cls):
        field_enum_info = {}
        return field_enum_info


