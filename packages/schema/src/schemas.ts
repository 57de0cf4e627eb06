import reportModelSchema from "../schemas/report-model.schema.json";
import profileSchema from "../schemas/profile.schema.json";
import configSchema from "../schemas/config.schema.json";
import lexiconSchema from "../schemas/lexicon.schema.json";

export { reportModelSchema, profileSchema, configSchema, lexiconSchema };
