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

class CTXDefaultOptimizationConfig(
    AbstractObject,
):

    def __init__(self, api=None):
        super(CTXDefaultOptimizationConfig, self).__init__()
        self._isCTXDefaultOptimizationConfig = True
        self._api = api

    class Field(AbstractObject.Field):
        defaulting_source = 'defaulting_source'
        destination_type = 'destination_type'
        objective = 'objective'
        optimization_goal = 'optimization_goal'

    _field_types = {
        'defaulting_source': 'string',
        'destination_type': 'string',
        'objective': 'string',
        'optimization_goal': 'string',
    }
    @classmethod
    def _get_field_enum_info(cls):
        field_enum_info = {}
        return field_enum_info


