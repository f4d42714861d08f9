// A TypeScript program that talks to every API through openapi-fetch over the types that
// openapi-typescript generates from spec/dist, the way a TypeScript team would use the spec.
// Usage: node tour.js <origin>   (an emulator's origin, e.g. http://127.0.0.1:8080)
// It prints one JSON summary line and exits non-zero on the first failure.
import createClient, { type Middleware } from "openapi-fetch";
import type { paths as AccountsPaths } from "./types/accounts";
import type { paths as BiginPaths } from "./types/bigin";
import type { components as Crm, paths as CrmPaths } from "./types/crm";
import type { paths as BulkPaths } from "./types/crm_bulk";
import type { paths as ConnectPaths } from "./types/connect";
import type { paths as RecruitPaths } from "./types/recruit";

type Fixtures = {
  recruit: { candidate_id: string };
  bigin: { deal_id: string; product_ids: string[] };
  connect: { campaign: string; product: string };
};

function fail(step: string, detail: unknown): never {
  throw new Error(`${step}: ${JSON.stringify(detail)}`);
}

function withHeader(name: string, value: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set(name, value);
      return request;
    },
  };
}

async function zohoToken(origin: string): Promise<string> {
  const accounts = createClient<AccountsPaths>({ baseUrl: `${origin}/oauth/v2` });
  const { data, error } = await accounts.POST("/token", {
    body: {
      grant_type: "refresh_token",
      client_id: "emulator-client-id",
      client_secret: "emulator-client-secret",
      refresh_token: "emulator-refresh-token",
    },
    bodySerializer: (body) => new URLSearchParams(body as Record<string, string>),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
  if (error !== undefined || !data?.access_token) {
    fail("token", error ?? data);
  }
  return data.access_token;
}

async function pageLeads(origin: string, auth: Middleware): Promise<number> {
  const crm = createClient<CrmPaths>({ baseUrl: `${origin}/crm/v2` });
  crm.use(auth);
  let page = 1;
  let seen = 0;
  for (;;) {
    const { data, error } = await crm.GET("/{module_api_name}", {
      params: { path: { module_api_name: "Leads" }, query: { page, per_page: 2 } },
    });
    if (error !== undefined) {
      fail("list leads", error);
    }
    seen += data?.data.length ?? 0;
    if (!data?.info?.more_records) {
      return seen;
    }
    page += 1;
  }
}

async function insertLeads(origin: string, auth: Middleware): Promise<string[]> {
  const crm = createClient<CrmPaths>({ baseUrl: `${origin}/crm/v2` });
  crm.use(auth);
  const records: Crm["schemas"]["RecordInput"][] = [
    { Last_Name: "Typed", Company: "Zylker" },
    { Company: "No last name" },
  ];
  const { data, error } = await crm.POST("/{module_api_name}", {
    params: { path: { module_api_name: "Leads" } },
    body: { data: records },
  });
  if (error !== undefined || data === undefined) {
    fail("insert leads", error);
  }
  const codes = data.data.map((result) => result.code ?? "missing");
  if (codes.length !== records.length) {
    fail("insert leads: one result per record", data);
  }
  return codes;
}

async function bulkRead(origin: string, auth: Middleware): Promise<string> {
  const bulk = createClient<BulkPaths>({ baseUrl: `${origin}/crm/bulk/v2` });
  bulk.use(auth);
  const created = await bulk.POST("/read", { body: { query: { module: "Leads" } } });
  const jobId = created.data?.data[0]?.details?.id;
  if (created.error !== undefined || jobId === undefined || jobId === null) {
    fail("create bulk read job", created.error ?? created.data);
  }
  const status = await bulk.GET("/read/{job_id}", { params: { path: { job_id: String(jobId) } } });
  const state = status.data?.data[0]?.state;
  if (status.error !== undefined || state === undefined || state === null) {
    fail("bulk read job status", status.error ?? status.data);
  }
  return state;
}

async function recruitAssociations(origin: string, auth: Middleware, fixtures: Fixtures): Promise<number> {
  const recruit = createClient<RecruitPaths>({ baseUrl: `${origin}/recruit/v2` });
  recruit.use(auth);
  const { data, error } = await recruit.GET("/{module_api_name}/{record_id}/associate", {
    params: { path: { module_api_name: "Candidates", record_id: fixtures.recruit.candidate_id } },
  });
  if (error !== undefined) {
    fail("recruit associated records", error);
  }
  return data?.data?.length ?? 0;
}

async function biginRelate(origin: string, auth: Middleware, fixtures: Fixtures): Promise<string[]> {
  const bigin = createClient<BiginPaths>({ baseUrl: `${origin}/bigin/v1` });
  bigin.use(auth);
  const product = fixtures.bigin.product_ids[0];
  if (product === undefined) {
    fail("bigin fixtures", fixtures.bigin);
  }
  const { data, error } = await bigin.PUT("/{module_api_name}/{record_id}/{related_list_api_name}", {
    params: {
      path: { module_api_name: "Deals", record_id: fixtures.bigin.deal_id, related_list_api_name: "Products" },
    },
    body: { data: [{ id: product }] },
  });
  if (error !== undefined || data === undefined) {
    fail("bigin related records", error);
  }
  return data.data.map((result) => result.code ?? "missing");
}

async function connectRegistration(origin: string, fixtures: Fixtures): Promise<number> {
  const form = new URLSearchParams({
    grant_type: "client_credentials",
    client_id: "emulator-connect-client-id",
    client_secret: "emulator-connect-client-secret",
  });
  const tokenAnswer = await fetch(`${origin}/user/oauth/token`, { method: "POST", body: form });
  const token = (await tokenAnswer.json()) as { access_token?: string };
  if (!tokenAnswer.ok || token.access_token === undefined) {
    fail("connect token", token);
  }
  const connect = createClient<ConnectPaths>({ baseUrl: origin });
  connect.use(withHeader("Authorization", `Bearer ${token.access_token}`));
  const { response, error } = await connect.POST("/v1/client/recruitment", {
    body: {
      product: fixtures.connect.product,
      campaign: fixtures.connect.campaign,
      recruiter: { name: { firstName: "Kari", lastName: "Nordmann" }, email: "kari@example.no" },
      recruitments: [{ name: { firstName: "Nils", lastName: "Test" }, email: "nils@example.no" }],
    },
  });
  if (error !== undefined) {
    fail("connect registration", error);
  }
  return response.status;
}

async function main(): Promise<void> {
  const origin = process.argv[2];
  if (origin === undefined) {
    fail("usage", "node tour.js <origin>");
  }
  const fixtures = (await (await fetch(`${origin}/_emulator/fixtures`)).json()) as Fixtures;
  const token = await zohoToken(origin);
  const auth = withHeader("Authorization", `Zoho-oauthtoken ${token}`);
  const summary = {
    leads_paged: await pageLeads(origin, auth),
    insert_codes: await insertLeads(origin, auth),
    bulk_state: await bulkRead(origin, auth),
    recruit_associations: await recruitAssociations(origin, auth, fixtures),
    bigin_codes: await biginRelate(origin, auth, fixtures),
    connect_status: await connectRegistration(origin, fixtures),
  };
  console.log(JSON.stringify(summary));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
