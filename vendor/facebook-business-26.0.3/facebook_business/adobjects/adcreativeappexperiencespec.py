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

class AdCreativeAppExperienceSpec(
    AbstractObject,
):

    def __init__(self, api=None):
        super(AdCreativeAppExperienceSpec, self).__init__()
        self._isAdCreativeAppExperienceSpec = True
        self._api = api

    class Field(AbstractObject.Field):
        ad_extensions = 'ad_extensions'
        collection = 'collection'
        details_to_ad_layout = 'details_to_ad_layout'
        reveal_details = 'reveal_details'
        show_spotlights = 'show_spotlights'
        website_summary = 'website_summary'

    _field_types = {
        'ad_extensions': 'Object',
        'collection': 'Object',
        'details_to_ad_layout': 'Object',
        'reveal_details': 'Object',
        'show_spotlights': 'Object',
        'website_summary': 'Object',
    }
    @classmethod
    def _get_field_enum_info(cls):
        field_enum_info = {}
        return field_enum_info


