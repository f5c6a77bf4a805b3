/**
 * The icons of @element-plus/icons-vue the console uses, registered globally by name.
 *
 * Globally because templates name them as strings (`<el-button icon="Search">`, the menu
 * channels in router/channels.ts) as well as tags (`<el-icon><Download /></el-icon>`).
 * Only these: registering the whole set put 270 kB of icon components into the first
 * page's script (docs/BENCHMARKS.md). An icon that is not listed renders nothing;
 * icons.test.ts fails when a source file names one that is missing here.
 */
import type { App } from "vue";
import {
  Aim, ArrowDown, ChatDotRound, CloseBold, Connection, CopyDocument, Document, Download, Expand, Files,
  Finished, Fold, HomeFilled, House, InfoFilled, Loading, Lock, Minus, Money, OfficeBuilding, Operation, Plus,
  Present, Printer, QuestionFilled, Reading, Refresh, Right, Search, Select, ShoppingCart, SwitchButton, Upload,
  UploadFilled, User, Van, WarningFilled,
} from "@element-plus/icons-vue";

export const ICONS = {
  Aim, ArrowDown, ChatDotRound, CloseBold, Connection, CopyDocument, Document, Download, Expand, Files,
  Finished, Fold, HomeFilled, House, InfoFilled, Loading, Lock, Minus, Money, OfficeBuilding, Operation, Plus,
  Present, Printer, QuestionFilled, Reading, Refresh, Right, Search, Select, ShoppingCart, SwitchButton, Upload,
  UploadFilled, User, Van, WarningFilled,
};

/** Registers every icon of ICONS as a global component of `app` under its own name. */
export function registerIcons(app: App): void {
  for (const [name, comp] of Object.entries(ICONS)) app.component(name, comp);
}
