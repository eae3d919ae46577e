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

class LeadGenQuestion(
    AbstractCrudObject,
):

    def __init__(self, fbid=None, parent_id=None, api=None):
        self._isLeadGenQuestion = True
        super(LeadGenQuestion, self).__init__(fbid, parent_id, api)

    class Field(AbstractObject.Field):
        conditional_questions_choices = 'conditional_questions_choices'
        conditional_questions_group_id = 'conditional_questions_group_id'
        dependent_conditional_questions = 'dependent_conditional_questions'
        id = 'id'
        inline_context = 'inline_context'
        key = 'key'
        label = 'label'
        options = 'options'
        type = 'type'

    _field_types = {
        'conditional_questions_choices': 'list<LeadGenConditionalQuestionsGroupChoices>',
        'conditional_questions_group_id': 'string',
        'dependent_conditional_questions': 'list<LeadGenConditionalQuestionsGroupQuestions>',
        'id': 'string',
        'inline_context': 'string',
        'key': 'string',
        'label': 'string',
        'options': 'list<LeadGenQuestionOption>',
        'type': 'string',
    }
    @classmethod
    def _get_field_enum_info(cls):
        field_enum_info = {}
        return field_enum_info


