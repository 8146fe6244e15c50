/**
 * Every format the core knows, by id. A document names its format in `format`; without one it
 * is the 2021 standard format.
 */
import { FORMAT_2019 } from './2019.js';
import { FORMAT_2021 } from './2021.js';

export const formats = {
  [FORMAT_2021.id]: FORMAT_2021,
  [FORMAT_2019.id]: FORMAT_2019,
} as const;
