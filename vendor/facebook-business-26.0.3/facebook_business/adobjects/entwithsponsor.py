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

class EntWithSponsor(
    AbstractCrudObject,
):

    def __init__(self, fbid=None, parent_id=None, api=None):
        self._isEntWithSponsor = True
        super(EntWithSponsor, self).__init__(fbid, parent_id, api)

    class Field(AbstractObject.Field):
        has_audio_swapped_fb_copy = 'has_audio_swapped_fb_copy'
        id = 'id'
        is_branded_content = 'is_branded_content'
        owner_linked_instagram_user_v1_id = 'owner_linked_instagram_user_v1_id'
        owner_picture = 'owner_picture'
        post_id = 'post_id'
        post_info = 'post_info'
        promotable_id = 'promotable_id'

    _field_types = {
        'has_audio_swapped_fb_copy': 'bool',
        'id': 'string',
        'is_branded_content': 'bool',
        'owner_linked_instagram_user_v1_id': 'string',
        'owner_picture': 'string',
        'post_id': 'string',
        'post_info': 'Post',
        'promotable_id': 'string',
    }
    @classmethod
    def _get_field_enum_info(cls):
        field_enum_info = {}
        return field_enum_info


