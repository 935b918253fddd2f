import { graphql } from '../gql';

/** An object's facts as the facts section shows and edits them. */
export const ObjectFactsPartsFragment = graphql(`
  fragment ObjectFactsParts on InfrastructureObject {
    id
    name
    kind
    description
    geometry
    modes
    responsibleBody
    municipality
    municipalityByHand
    municipalities {
      code
      name
    }
    externalRefs
    networkRefs {
      type
      road
      freightPriority
      section
      kmFrom
      kmTo
      name
      label
    }
    planning {
      stage
      fourStepClass
      stepsOneTwoExamined
      severity
      strategicFit
      avsReference
      planName
      planObjectId
      costEstimateSek
      documents {
        title
        url
      }
    }
  }
`);

export const ObjectFactsQuery = graphql(`
  query ObjectFacts($id: ID!) {
    object(id: $id) {
      ...ObjectFactsParts
    }
  }
`);

export const MunicipalitiesQuery = graphql(`
  query Municipalities {
    municipalities {
      code
      name
      regionName
    }
  }
`);

export const CorrectObjectMutation = graphql(`
  mutation CorrectObject($input: CorrectObjectInput!) {
    correctObject(input: $input) {
      ...ObjectFactsParts
    }
  }
`);

export const SetObjectPlanningMutation = graphql(`
  mutation SetObjectPlanning($input: SetObjectPlanningInput!) {
    setObjectPlanning(input: $input) {
      ...ObjectFactsParts
    }
  }
`);
