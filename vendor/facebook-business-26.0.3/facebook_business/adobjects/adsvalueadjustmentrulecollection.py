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

class AdsValueAdjustmentRuleCollection(
    AbstractCrudObject,
):

    def __init__(self, fbid=None, parent_id=None, api=None):
        self._isAdsValueAdjustmentRuleCollection = True
        super(AdsValueAdjustmentRuleCollection, self).__init__(fbid, parent_id, api)

    class Field(AbstractObject.Field):
        id = 'id'
        is_default_setting = 'is_default_setting'
        last_attach_time = 'last_attach_time'
        name = 'name'
        product_type = 'product_type'
        status = 'status'
        entry_point = 'entry_point'
        origin = 'origin'
        rules = 'rules'

    class EntryPoint:
        advertising_settings = 'ADVERTISING_SETTINGS'
        l2_audience = 'L2_AUDIENCE'
        l2_conversion_location = 'L2_CONVERSION_LOCATION'
        l2_global = 'L2_GLOBAL'
        l2_nca_goal = 'L2_NCA_GOAL'
        l2_placement = 'L2_PLACEMENT'

    class Origin:
        advantage_audience_guidance_suggested = 'ADVANTAGE_AUDIENCE_GUIDANCE_SUGGESTED'
        advertiser_created = 'ADVERTISER_CREATED'
        placement_guidance_suggested = 'PLACEMENT_GUIDANCE_SUGGESTED'
        placement_personalized_suggested = 'PLACEMENT_PERSONALIZED_SUGGESTED'
        translated_from_bid_multipliers = 'TRANSLATED_FROM_BID_MULTIPLIERS'

    class ProductType:
        audience = 'AUDIENCE'
        leadgen_ads = 'LEADGEN_ADS'
        omni_channel = 'OMNI_CHANNEL'

    class Status:
        active = 'ACTIVE'
        deleted = 'DELETED'
        draft = 'DRAFT'

    # @deprecated get_endpoint function is deprecated
    @classmethod
    def get_endpoint(cls):
        return 'value_rule_set'

    # @deprecated api_create is being deprecated
    def api_create(self, parent_id, fields=None, params=None, batch=None, success=None, failure=None, pending=False):
        from facebook_business.adobjects.adaccount import AdAccount
        return AdAccount(api=self._api, fbid=parent_id).create_value_rule_set(fields, params, batch, success, failure, pending)

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
            target_class=AdsValueAdjustmentRuleCollection,
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
            'entry_point': 'entry_point_enum',
            'is_default_setting': 'bool',
            'name': 'string',
            'rules': 'list<map>',
        }
        enums = {
            'entry_point_enum': AdsValueAdjustmentRuleCollection.EntryPoint.__dict__.values(),
        }
        request = FacebookRequest(
            node_id=self['id'],
            method='POST',
            endpoint='/',
            api=self._api,
            param_checker=TypeChecker(param_types, enums),
            target_class=AdsValueAdjustmentRuleCollection,
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

    def create_delete_rule_set(self, fields=None, params=None, batch=None, success=None, failure=None, pending=False):
        from facebook_business.utils import api_utils
        if batch is None and (success is not None or failure is not None):
          api_utils.warning('`success` and `failure` callback only work for batch call.')
        param_types = {
            'status': 'status_enum',
        }
        enums = {
            'status_enum': AdsValueAdjustmentRuleCollection.Status.__dict__.values(),
        }
        request = FacebookRequest(
            node_id=self['id'],
            method='POST',
            endpoint='/deleteruleset',
            api=self._api,
            param_checker=TypeChecker(param_types, enums),
            target_class=AdsValueAdjustmentRuleCollection,
            api_type='EDGE',
            response_parser=ObjectParser(target_class=AdsValueAdjustmentRuleCollection, api=self._api),
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

    def get_rules(self, fields=None, params=None, batch=None, success=None, failure=None, pending=False):
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
            endpoint='/rules',
            api=self._api,
            param_checker=TypeChecker(param_types, enums),
            target_class=AbstractCrudObject,
            api_type='EDGE',
            response_parser=ObjectParser(target_class=AbstractCrudObject, api=self._api),
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
        'id': 'string',
        'is_default_setting': 'bool',
        'last_attach_time': 'datetime',
        'name': 'string',
        'product_type': 'string',
        'status': 'string',
        'entry_point': 'EntryPoint',
        'origin': 'Origin',
        'rules': 'list<map>',
    }
    @classmethod
    def _get_field_enum_info(cls):
        field_enum_info = {}
        field_enum_info['EntryPoint'] = AdsValueAdjustmentRuleCollection.EntryPoint.__dict__.values()
        field_enum_info['Origin'] = AdsValueAdjustmentRuleCollection.Origin.__dict__.values()
        field_enum_info['ProductType'] = AdsValueAdjustmentRuleCollection.ProductType.__dict__.values()
        field_enum_info['Status'] = AdsValueAdjustmentRuleCollection.Status.__dict__.values()
        return field_enum_info


