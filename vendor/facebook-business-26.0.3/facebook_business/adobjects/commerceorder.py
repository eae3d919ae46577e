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

class CommerceOrder(
    AbstractCrudObject,
):

    def __init__(self, fbid=None, parent_id=None, api=None):
        self._isCommerceOrder = True
        super(CommerceOrder, self).__init__(fbid, parent_id, api)

    class Field(AbstractObject.Field):
        buyer_details = 'buyer_details'
        channel = 'channel'
        contains_bopis_items = 'contains_bopis_items'
        created = 'created'
        estimated_payment_details = 'estimated_payment_details'
        id = 'id'
        is_group_buy = 'is_group_buy'
        is_test_order = 'is_test_order'
        last_updated = 'last_updated'
        merchant_order_id = 'merchant_order_id'
        order_status = 'order_status'
        selected_shipping_option = 'selected_shipping_option'
        ship_by_date = 'ship_by_date'
        shipping_address = 'shipping_address'

    class Filters:
        has_cancellations = 'HAS_CANCELLATIONS'
        has_fulfillments = 'HAS_FULFILLMENTS'
        has_refunds = 'HAS_REFUNDS'
        no_cancellations = 'NO_CANCELLATIONS'
        no_refunds = 'NO_REFUNDS'
        no_shipments = 'NO_SHIPMENTS'

    class State:
        completed = 'COMPLETED'
        created = 'CREATED'
        fb_processing = 'FB_PROCESSING'
        in_progress = 'IN_PROGRESS'

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
            target_class=CommerceOrder,
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

    def create_shipment(self, fields=None, params=None, batch=None, success=None, failure=None, pending=False):
        from facebook_business.utils import api_utils
        if batch is None and (success is not None or failure is not None):
          api_utils.warning('`success` and `failure` callback only work for batch call.')
        param_types = {
            'external_redemption_link': 'string',
            'external_shipment_id': 'string',
            'fulfillment': 'map',
            'idempotency_key': 'string',
            'items': 'list<map>',
            'merchant_order_reference': 'string',
            'shipment_origin_postal_code': 'string',
            'shipping_tax_details': 'map',
            'should_use_default_fulfillment_location': 'bool',
            'tracking_info': 'map',
        }
        enums = {
        }
        request = FacebookRequest(
            node_id=self['id'],
            method='POST',
            endpoint='/shipments',
            api=self._api,
            param_checker=TypeChecker(param_types, enums),
            target_class=CommerceOrder,
            api_type='EDGE',
            response_parser=ObjectParser(target_class=CommerceOrder, api=self._api),
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
        'buyer_details': 'Object',
        'channel': 'string',
        'contains_bopis_items': 'bool',
        'created': 'string',
        'estimated_payment_details': 'Object',
        'id': 'string',
        'is_group_buy': 'bool',
        'is_test_order': 'bool',
        'last_updated': 'string',
        'merchant_order_id': 'string',
        'order_status': 'Object',
        'selected_shipping_option': 'Object',
        'ship_by_date': 'string',
        'shipping_address': 'Object',
    }
    @classmethod
    def _get_field_enum_info(cls):
        field_enum_info = {}
        field_enum_info['Filters'] = CommerceOrder.Filters.__dict__.values()
        field_enum_info['State'] = CommerceOrder.State.__dict__.values()
        return field_enum_info


