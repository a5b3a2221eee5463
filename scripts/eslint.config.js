import { baseConfig, restrictEnvAccess } from '@fleetlens/eslint-config/base';

export default [...baseConfig, ...restrictEnvAccess];
