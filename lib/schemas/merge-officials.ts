import { z } from "zod";
import { idField } from "./form-state";

export const mergeOfficialsSchema = z
  .object({
    survivorId: idField("المسؤول الباقي"),
    otherId: idField("المسؤول المدموج"),
  })
  .refine((v) => v.survivorId !== v.otherId, { path: ["otherId"], error: "اختر مسؤولَين مختلفين" });

export type MergeOfficialsData = z.output<typeof mergeOfficialsSchema>;
