/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CloseSession {\n    closeSession\n  }\n": typeof types.CloseSessionDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      firstName\n      lastName\n      role\n      isTerritoryManager\n      associationId\n      territory {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      firstName\n      email\n      firstPassword\n    }\n  }\n": typeof types.PasswordLinkDocument,
    "\n  mutation ChoosePassword($input: ChoosePasswordInput!) {\n    choosePassword(input: $input) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ChoosePasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation OpenSession($input: LoginInput!) {\n    openSession(input: $input) {\n      expiresAt\n      user {\n        id\n        firstName\n        role\n      }\n    }\n  }\n": typeof types.OpenSessionDocument,
};
const documents: Documents = {
    "\n  mutation CloseSession {\n    closeSession\n  }\n": types.CloseSessionDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      firstName\n      lastName\n      role\n      isTerritoryManager\n      associationId\n      territory {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      firstName\n      email\n      firstPassword\n    }\n  }\n": types.PasswordLinkDocument,
    "\n  mutation ChoosePassword($input: ChoosePasswordInput!) {\n    choosePassword(input: $input) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": types.ChoosePasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation OpenSession($input: LoginInput!) {\n    openSession(input: $input) {\n      expiresAt\n      user {\n        id\n        firstName\n        role\n      }\n    }\n  }\n": types.OpenSessionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSession {\n    closeSession\n  }\n"): (typeof documents)["\n  mutation CloseSession {\n    closeSession\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      firstName\n      lastName\n      role\n      isTerritoryManager\n      associationId\n      territory {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      firstName\n      lastName\n      role\n      isTerritoryManager\n      associationId\n      territory {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      firstName\n      email\n      firstPassword\n    }\n  }\n"): (typeof documents)["\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      firstName\n      email\n      firstPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChoosePassword($input: ChoosePasswordInput!) {\n    choosePassword(input: $input) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChoosePassword($input: ChoosePasswordInput!) {\n    choosePassword(input: $input) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenSession($input: LoginInput!) {\n    openSession(input: $input) {\n      expiresAt\n      user {\n        id\n        firstName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OpenSession($input: LoginInput!) {\n    openSession(input: $input) {\n      expiresAt\n      user {\n        id\n        firstName\n        role\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;