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

class Robot(
    AbstractCrudObject,
):

    def __init__(self, fbid=None, parent_id=None, api=None):
        self._isRobot = True
        super(Robot, self).__init__(fbid, parent_id, api)

    class Field(AbstractObject.Field):
        bringup_vars = 'bringup_vars'
        configurations = 'configurations'
        data_center = 'data_center'
        fw_image = 'fw_image'
        id = 'id'
        init_pos = 'init_pos'
        last_pos = 'last_pos'
        meetup_link_hash = 'meetup_link_hash'
        release_image = 'release_image'
        robot_notes = 'robot_notes'
        suite = 'suite'
        target_fw_image = 'target_fw_image'
        target_fw_image_uri = 'target_fw_image_uri'
        target_map_image_uri = 'target_map_image_uri'
        target_os_image_uri = 'target_os_image_uri'
        target_release_image = 'target_release_image'
        target_sw_image_uri = 'target_sw_image_uri'
        user = 'user'

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
            target_class=Robot,
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
        'bringup_vars': 'list<map<string, string>>',
        'configurations': 'list<map<string, string>>',
        'data_center': 'string',
        'fw_image': 'string',
        'id': 'string',
        'init_pos': 'list<map<string, float>>',
        'last_pos': 'list<map<string, float>>',
        'meetup_link_hash': 'string',
        'release_image': 'string',
        'robot_notes': 'string',
        'suite': 'string',
        'target_fw_image': 'string',
        'target_fw_image_uri': 'string',
        'target_map_image_uri': 'string',
        'target_os_image_uri': 'string',
        'target_release_image': 'string',
        'target_sw_image_uri': 'string',
        'user': 'User',
    }
    @classmethod
    def _get_field_enum_info(cls):
        field_enum_info = {}
        return field_enum_info


