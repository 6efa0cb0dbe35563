"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { requireAdmin, SESSION_COOKIE, signOut } from "@/lib/auth";
import { getDb } from "@/lib/db";

export async function signOutAction(): Promise<void> {
  await requireAdmin();
  const store = await cookies();
  await signOut(getDb(), store.get(SESSION_COOKIE)?.value);
  store.delete(SESSION_COOKIE);
  redirect("/admin/login");
}
