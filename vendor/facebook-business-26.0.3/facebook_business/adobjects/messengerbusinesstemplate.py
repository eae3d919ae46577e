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

class MessengerBusinessTemplate(
    AbstractCrudObject,
):

    def __init__(self, fbid=None, parent_id=None, api=None):
        self._isMessengerBusinessTemplate = True
        super(MessengerBusinessTemplate, self).__init__(fbid, parent_id, api)

    class Field(AbstractObject.Field):
        category = 'category'
        components = 'components'
        creation_time = 'creation_time'
        id = 'id'
        language = 'language'
        language_count = 'language_count'
        last_updated_time = 'last_updated_time'
        library_template_name = 'library_template_name'
        name = 'name'
        parameter_format = 'parameter_format'
        rejected_reason = 'rejected_reason'
        rejection_reasons = 'rejection_reasons'
        specific_rejection_reasons = 'specific_rejection_reasons'
        status = 'status'

    class ParameterFormat:
        named = 'NAMED'
        positional = 'POSITIONAL'

    class Status:
        approved = 'APPROVED'
        archived = 'ARCHIVED'
        deleted = 'DELETED'
        disabled = 'DISABLED'
        in_appeal = 'IN_APPEAL'
        limit_exceeded = 'LIMIT_EXCEEDED'
        paused = 'PAUSED'
        pending = 'PENDING'
        pending_deletion = 'PENDING_DELETION'
        rejected = 'REJECTED'

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
            target_class=MessengerBusinessTemplate,
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

    def api_update(self, fields=None, params=None, batch=None, success=None, failure=None, pending=False):
        from facebook_business.utils import api_utils
        if batch is None and (success is not None or failure is not None):
          api_utils.warning('`success` and `failure` callback only work for batch call.')
        param_types = {
            'components': 'list<map>',
            'parameter_format': 'parameter_format_enum',
        }
        enums = {
            'parameter_format_enum': MessengerBusinessTemplate.ParameterFormat.__dict__.values(),
        }
        request = FacebookRequest(
            node_id=self['id'],
            method='POST',
            endpoint='/',
            api=self._api,
            param_checker=TypeChecker(param_types, enums),
            target_class=MessengerBusinessTemplate,
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
        'category': 'string',
        'components': 'list<Object>',
        'creation_time': 'int',
        'id': 'string',
        'language': 'string',
        'language_count': 'int',
        'last_updated_time': 'datetime',
        'library_template_name': 'string',
        'name': 'string',
        'parameter_format': 'string',
        'rejected_reason': 'string',
        'rejection_reasons': 'Object',
        'specific_rejection_reasons': 'Object',
        'status': 'string',
    }
    @classmethod
    def _get_field_enum_info(cls):
        field_enum_info = {}
        field_enum_info['ParameterFormat'] = MessengerBusinessTemplate.ParameterFormat.__dict__.values()
        field_enum_info['Status'] = MessengerBusinessTemplate.Status.__dict__.values()
        return field_enum_info


