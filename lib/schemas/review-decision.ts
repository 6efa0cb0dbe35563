import { z } from "zod";
import { idField } from "./form-state";

export const reviewDecisionSchema = z.object({
  entity: z.enum(["Meeting", "Official"], { error: "نوع غير صالح" }),
  id: idField(),
  decision: z.enum(["approve", "reject"], { error: "قرار غير صالح" }),
});

export type ReviewDecision = z.output<typeof reviewDecisionSchema>;
