# Copyright (c) Meta Platforms, Inc. and affiliates.
# All rights reserved.

# This source code is licensed under the license found in the
# LICENSE file in the root directory of this source tree.

ads_api_config = {
  'API_VERSION': 'v26.0',
  'SDK_VERSION': 'v26.0.3',
  'STRICT_MODE': False
}
