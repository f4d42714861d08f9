// Type-checks a small, realistic use of the TypeScript types generated from spec/dist by
// openapi-typescript: if a schema or operation loses its shape, `tsc --strict` fails here.
import type { components as Accounts, paths as AccountsPaths } from "./types/accounts";
import type { components as Bigin, paths as BiginPaths } from "./types/bigin";
import type { components as Crm, paths as CrmPaths } from "./types/crm";
import type { components as Bulk, paths as BulkPaths } from "./types/crm_bulk";
import type { components as Connect, paths as ConnectPaths } from "./types/connect";
import type { components as Recruit, paths as RecruitPaths } from "./types/recruit";

type TokenResponse = Accounts["schemas"]["TokenResponse"];
type TokenCall = AccountsPaths["/token"]["post"];

function bearer(token: TokenResponse): string {
  if (token.error) {
    throw new Error(`token refused: ${token.error}`);
  }
  return `Zoho-oauthtoken ${token.access_token ?? ""}`;
}

type StatusChange = Recruit["schemas"]["SubmissionStatusChangeRequest"];
type StatusCall = RecruitPaths["/Submissions/{submission_id}/actions/status"]["put"];
const review: StatusChange = {
  data: [{ Submission_Status: "Approved by hiring manager", Rating: 4, Reviewer_Comments: "Strong fit." }],
};
const statusPath: StatusCall["parameters"]["path"] = { submission_id: "100001000000031070" };

type AssociatedCall = RecruitPaths["/{module_api_name}/{record_id}/associate"]["get"];
const associatedQuery: NonNullable<AssociatedCall["parameters"]["query"]> = { page: 1, per_page: 200 };

type RelatedUpdate = Bigin["schemas"]["BiginRelatedRecordsUpdateRequest"];
type RelatedCall = BiginPaths["/{module_api_name}/{record_id}/{related_list_api_name}"]["put"];
const relate: RelatedUpdate = { data: [{ id: "4876876000000624001" }] };
const relatedPath: RelatedCall["parameters"]["path"] = {
  module_api_name: "Deals",
  record_id: "4876876000000624003",
  related_list_api_name: "Products",
};

type Overview = Connect["schemas"]["RecruitmentOverview"];
type ListCall = ConnectPaths["/v1/recruitment/{campaign}"]["get"];
const listQuery: NonNullable<ListCall["parameters"]["query"]> = { limit: 50, offset: 0, ascending: true };

function totalRecruitments(overview: Overview): number {
  return (overview.recruitments ?? []).length + (overview.unverifiedRecruitments ?? []).length;
}

type LeadRecord = Crm["schemas"]["Record"];
type ListRecords = CrmPaths["/{module_api_name}"]["get"];
type InsertRequest = Crm["schemas"]["RecordWriteRequest"];
const leadsQuery: NonNullable<ListRecords["parameters"]["query"]> = { page: 2, per_page: 200, fields: "Last_Name,Email" };
const insert: InsertRequest = { data: [{ Last_Name: "Boyle", Company: "Zylker" }] };

function lastNames(page: Crm["schemas"]["RecordsResponse"]): string[] {
  return (page.data ?? []).map((record: LeadRecord) => String(record["Last_Name"] ?? ""));
}

type JobRequest = Bulk["schemas"]["BulkReadJobRequest"];
type JobStatus = BulkPaths["/read/{job_id}"]["get"];
const exportLeads: JobRequest = { query: { module: "Leads", fields: ["Last_Name", "Email"] } };
const jobPath: JobStatus["parameters"]["path"] = { job_id: "554023000000568002" };

export const checks: unknown[] = [
  bearer,
  review,
  statusPath,
  associatedQuery,
  relate,
  relatedPath,
  listQuery,
  totalRecruitments,
  leadsQuery,
  insert,
  lastNames,
  exportLeads,
  jobPath,
  null as unknown as TokenCall,
];
