export { default } from '@fleetlens/prettier-config';
