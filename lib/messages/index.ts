// The active UI language. Only Simplified Chinese exists so far; switching is one import.
import { zhCN } from './zh-CN.ts';

export const messages = zhCN;
