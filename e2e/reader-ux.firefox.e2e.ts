import { firefoxDriver } from './firefox';
import { readerUxScenarios } from './reader-ux.scenarios';

readerUxScenarios('firefox', firefoxDriver);
