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

class AdAsyncRequest(
    AbstractCrudObject,
):

    def __init__(self, fbid=None, parent_id=None, api=None):
        self._isAdAsyncRequest = True
        super(AdAsyncRequest, self).__init__(fbid, parent_id, api)

    class Field(AbstractObject.Field):
        async_request_set = 'async_request_set'
        created_time = 'created_time'
        id = 'id'
        input = 'input'
        result = 'result'
        scope_object_id = 'scope_object_id'
        status = 'status'
        type = 'type'
        updated_time = 'updated_time'

    class Statuses:
        canceled = 'CANCELED'
        canceled_dependency = 'CANCELED_DEPENDENCY'
        error = 'ERROR'
        error_conflicts = 'ERROR_CONFLICTS'
        error_dependency = 'ERROR_DEPENDENCY'
        initial = 'INITIAL'
        in_progress = 'IN_PROGRESS'
        pending_dependency = 'PENDING_DEPENDENCY'
        process_by_ad_async_engine = 'PROCESS_BY_AD_ASYNC_ENGINE'
        process_by_event_processor = 'PROCESS_BY_EVENT_PROCESSOR'
        success = 'SUCCESS'
        user_canceled = 'USER_CANCELED'
        user_canceled_dependency = 'USER_CANCELED_DEPENDENCY'

    def api_delete(self, fields=None, params=None, batch=None, success=None, failure=None, pending=False):
        from facebook_business.utils import api_utils
        if batch is None and (success is not None or failure is not None):
          api_utils.warning('`success` and `failure` callback only work for batch call.')
        param_types = {
        }
        enums = {
        }
        request = FacebookRequest(
            node_id=self['id'],
            method='DELETE',
            endpoint='/',
            api=self._api,
            param_checker=TypeChecker(param_types, enums),
            target_class=AbstractCrudObject,
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
            target_class=AdAsyncRequest,
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
        'async_request_set': 'AdAsyncRequestSet',
        'created_time': 'datetime',
        'id': 'string',
        'input': 'map',
        'result': 'map',
        'scope_object_id': 'string',
        'status': 'string',
        'type': 'string',
        'updated_time': 'datetime',
    }
    @classmethod
    def _get_field_enum_info(cls):
        field_enum_info = {}
        field_enum_info['Statuses'] = AdAsyncRequest.Statuses.__dict__.values()
        return field_enum_info


