/** The project's parameter types: `{duration}` (`90 seconds`, `2m`, `1h30m`, `2 minutes 10 seconds`). */
import { defineParameterType } from '@cucumber/cucumber';
import { parseDuration } from '../src/util/duration';

const UNIT = '(?:milliseconds?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w)(?![A-Za-z])';
const PART = `\\d+(?:\\.\\d+)?\\s?${UNIT}`;

/** A length of simulated time: `30 seconds`, `1 minute`, `2 minutes 10 seconds`, `90s`, `1h30m`, `500ms`, `3 days`; steps get milliseconds. */
defineParameterType({
  name: 'duration',
  regexp: new RegExp(`${PART}(?:\\s?${PART})*`),
  transformer: (text: string) => parseDuration(text),
});
