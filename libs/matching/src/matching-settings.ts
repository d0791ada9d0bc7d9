import { Injectable } from '@nestjs/common';
import { AppConfig } from '@tremplin/core';
import { MatchingWeights, parseWeights } from './domain/weights';

/** Suggestions kept per beneficiary (the most `missionSuggestions(first)` may ask for). */
export const SUGGESTIONS_KEPT = 100;

/** The matching settings of the configuration, parsed once (a bad MATCHING_WEIGHTS stops the process at boot). */
@Injectable()
export class MatchingSettings {
  readonly weights: MatchingWeights;
  readonly suggestionsKept = SUGGESTIONS_KEPT;
  readonly rescoreChunkSize: number;

  constructor(config: AppConfig) {
    try {
      this.weights = parseWeights(config.MATCHING_WEIGHTS);
    } catch (error) {
      throw new Error(`MATCHING_WEIGHTS : ${(error as Error).message}`);
    }
    this.rescoreChunkSize = config.MATCHING_RESCORE_CHUNK_SIZE;
  }
}
