// The GraphQL operations the mission pages share (the list, the page and the form read the same
// fiche mission; the mutations update it in the cache by its id).
import { graphql } from '../../gql';

export const MISSION_FIELDS = graphql(`
  fragment MissionFiche on Mission {
    id
    title
    summary
    description
    runningOrder
    objectives
    suitedProfiles
    followUps
    status
    viewerCanEdit
    domain {
      code
      label
    }
    competencies {
      code
      label
    }
    remote
    commune {
      inseeCode
      name
    }
    address
    weeklySlots {
      day
      part
    }
    scheduleDescription
    startDate
    endDate
    hoursPerWeek
    durationWeeks
    places
    placesTaken
    placesLeft
    drivingLicenceRequired
    minimumAge
    frenchLevel
    physicalEffort
    publicTransport
    stepFreeAccess
    welcomeContact {
      name
      email
      phone
    }
    association {
      id
      name
      welcomeContact {
        name
        email
        phone
      }
    }
    transitions {
      id
      action
      fromStatus
      toStatus
      reason
      actorName
      occurredAt
    }
    createdAt
    updatedAt
    publishedAt
  }
`);

export const MISSION_QUERY = graphql(`
  query MissionFichePage($id: ID!) {
    mission(id: $id) {
      ...MissionFiche
    }
  }
`);

export const SUBMIT_MISSION = graphql(`
  mutation SubmitMission($id: ID!) {
    submitMission(id: $id) {
      ...MissionFiche
    }
  }
`);

export const CLOSE_MISSION = graphql(`
  mutation CloseMission($input: CloseMissionInput!) {
    closeMission(input: $input) {
      ...MissionFiche
    }
  }
`);
