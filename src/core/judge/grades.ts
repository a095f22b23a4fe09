/**
 * Grades: what most coverage of an inspection leads with ("rated Good", "graded 2 – Weak for its
 * setting") checked against the grades the letter itself states, in a table ("Are services caring?
 * Good", "How good is our staffing? 5 - Very good", "Good  Preventing crime") or in prose ("Overall,
 * the home is rated as inadequate", "The force is adequate at investigating crime", "We
 * evaluated this quality indicator as weak").
 */
export { ALL_AREAS, areaKey, areaMatch, canonicalArea, OVERALL, PREVIOUS } from "./grades/areas.js";
export type { GradeClaim } from "./grades/claims.js";
export { pressGradeClaims } from "./grades/claims.js";
export type { GradeJudgement } from "./grades/judge.js";
export { GRADED_REST_SOURCED, gradeWordsAside, judgeGrades } from "./grades/judge.js";
export type { Grade, GradeCode } from "./grades/scale.js";
export { codeArea, GRADES, gradeOf } from "./grades/scale.js";
export type { GradeStatement } from "./grades/statements.js";
export { letterGrades } from "./grades/statements.js";
