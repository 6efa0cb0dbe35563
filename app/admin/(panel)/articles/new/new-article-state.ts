import type { ArticlePreview } from "@/lib/mutations/create-article";
import type { FormState } from "@/lib/schemas/form-state";

export type NewArticleState = FormState & { preview?: ArticlePreview & { fingerprint: string } };
