import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppException } from '@tremplin/core';
import { Repository } from 'typeorm';
import { InterviewStatus } from './domain/interview-status';
import { Interview } from './interview.entity';

export const INTERVIEW_NOT_FOUND = 'Entretien introuvable.';

/** Scheduling, moving, cancelling tripartite interviews and recording what happened. */
@Injectable()
export class InterviewsService {
  constructor(@InjectRepository(Interview) private readonly interviews: Repository<Interview>) {}

  /** A held interview (for engagements): NOT_FOUND, or INVALID_TRANSITION when it was not held. */
  async getHeld(interviewId: string): Promise<Interview> {
    const interview = await this.interviews.findOneBy({ id: interviewId });
    if (!interview) throw AppException.notFound(INTERVIEW_NOT_FOUND);
    if (interview.status !== InterviewStatus.HELD) {
      throw AppException.invalidTransition(
        "L'entretien tripartite n'a pas été réalisé : la mission ne peut pas encore commencer.",
        interview.status,
      );
    }
    return interview;
  }
}
