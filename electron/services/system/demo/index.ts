export { generateDemo, planDemo, MAX_DEMO_MEMBERS, type DemoOptions, type DemoResult } from './generateDemo.ts';
export { Random, WeightedPicker, apportion, decimalPermutation } from './random.ts';
