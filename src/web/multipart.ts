// multipart/form-data, the only way a browser without JavaScript uploads a file. Parsed with the
// platform's own Fetch implementation (undici's FormData), so there is no parser of ours to get wrong.

export interface UploadedFile {
  name: string;
  text: string;
}

export async function multipartFields(contentType: string, body: Buffer): Promise<Record<string, string | UploadedFile>> {
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
  const fields: Record<string, string | UploadedFile> = {};
  for (const [name, value] of form) {
    fields[name] = typeof value === 'string' ? value : { name: value.name, text: await value.text() };
  }
  return fields;
}
