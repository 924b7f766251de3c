// PLOVER event types: colours, and PLOVER's split into cooperation and conflict.

export const TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
];

// Cooperation in greens and blues, conflict in oranges and reds, REQUEST grey.
const COLOURS = {
  AGREE: "#1b7837", CONSULT: "#5aae61", SUPPORT: "#2166ac", CONCEDE: "#4393c3",
  COOPERATE: "#35978f", AID: "#80cdc1", RETREAT: "#92c5de", REQUEST: "#878787",
  ACCUSE: "#fdb863", REJECT: "#e08214", THREATEN: "#b35806", PROTEST: "#f4a582",
  SANCTION: "#d6604d", MOBILIZE: "#c51b7d", COERCE: "#b2182b", ASSAULT: "#67001f",
};

export const CATEGORY_COLOURS = { cooperation: "#1b7837", conflict: "#b2182b", neutral: "#878787" };

export function colour(type) {
  return COLOURS[type] || "#444444";
}
