// graphql-codegen plugin: the object types of the schema that have no `id` field. The console's
// normalized cache (urql graphcache) embeds them in their parent instead of looking for a key.
const { isObjectType } = require('graphql');

module.exports = {
  plugin(schema) {
    const names = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
      .filter((type) => !['Query', 'Mutation', 'Subscription'].includes(type.name))
      .filter((type) => !('id' in type.getFields()))
      .map((type) => type.name)
      .sort();
    return `/** Generated from schema.gql (object types without an \`id\`): do not edit. */\nexport const EMBEDDED_TYPES: readonly string[] = ${JSON.stringify(names, null, 2)};\n`;
  },
};
