"use client";
import { RouteError } from "@/app/_components/route-error";

export default RouteError;
