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

class CopyrightMediaMisuse(
    AbstractCrudObject,
):

    def __init__(self, fbid=None, parent_id=None, api=None):
        self._isCopyrightMediaMisuse = True
        super(CopyrightMediaMisuse, self).__init__(fbid, parent_id, api)

    class Field(AbstractObject.Field):
        audio_segments = 'audio_segments'
        creation_time = 'creation_time'
        disabled_audio_segments = 'disabled_audio_segments'
        disabled_video_segments = 'disabled_video_segments'
        entire_file_issue = 'entire_file_issue'
        entire_file_issue_reasons = 'entire_file_issue_reasons'
        expiration_time = 'expiration_time'
        id = 'id'
        media_asset_id = 'media_asset_id'
        reasons = 'reasons'
        requested_audio_segments = 'requested_audio_segments'
        requested_video_segments = 'requested_video_segments'
        resolution_type = 'resolution_type'
        status = 'status'
        update_time = 'update_time'
        video_copyright = 'video_copyright'
        video_segments = 'video_segments'

    def api_get(self, fields=None, params=None, batch=None, success=None, failure=None, pending=False):
        from facebook_business.utils import api_utils
        if batch is None and (success is not None or failure is not None):
          api_utils.warning('`success` and `failure` callback only work for batch call.')
        param_types = {
        }
        enums = {
        }
        request = FacebookRequest(
            node_id=self['id'],
            method='GET',
            endpoint='/',
            api=self._api,
            param_checker=TypeChecker(param_types, enums),
            target_class=CopyrightMediaMisuse,
            api_type='NODE',
            response_parser=ObjectParser(reuse_object=self),
        )
        request.add_params(params)
        request.add_fields(fields)

        if batch is not None:
            request.add_to_batch(batch, success=success, failure=failure)
            return request
        elif pending:
            return request
        else:
            self.assure_call()
            return request.execute()

    _field_types = {
        'audio_segments': 'list<Object>',
        'creation_time': 'datetime',
        'disabled_audio_segments': 'list<Object>',
        'disabled_video_segments': 'list<Object>',
        'entire_file_issue': 'bool',
        'entire_file_issue_reasons': 'list<string>',
        'expiration_time': 'datetime',
        'id': 'string',
        'media_asset_id': 'string',
        'reasons': 'list<string>',
        'requested_audio_segments': 'list<Object>',
        'requested_video_segments': 'list<Object>',
        'resolution_type': 'string',
        'status': 'string',
        'update_time': 'datetime',
        'video_copyright': 'VideoCopyright',
        'video_segments': 'list<Object>',
    }
    @classmethod
    def _get_field_enum_info(cls):
        field_enum_info = {}
        return field_enum_info


