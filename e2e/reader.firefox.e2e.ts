import { firefoxDriver } from './firefox';
import { readerScenarios } from './reader.scenarios';

readerScenarios('firefox', firefoxDriver);
