import { chromiumDriver } from './chromium';
import { bergamotScenarios } from './bergamot.scenarios';

bergamotScenarios('Chromium, offscreen document', chromiumDriver);
