import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { VIEWER_CSP } from '../../api/static.js';
import { smallApp } from './app-fixture.js';

describe('the viewer build served at /', () => {
  let dir: string;
  let app: Express;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'viewer-dist-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>infragraph</title>');
    writeFileSync(path.join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
    app = await smallApp({ viewerDir: dir });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['/', 200, /text\/html/, 'no-cache'],
    ['/?node=istio&focus=1', 200, /text\/html/, 'no-cache'],
    ['/index.html', 200, /text\/html/, 'no-cache'],
    ['/assets/index-abc.js', 200, /javascript/, 'public, max-age=31536000, immutable'],
  ])('GET %s → %i with the viewer CSP', async (url, status, type, cache) => {
    const response = await request(app).get(url);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(type);
    expect(response.headers['content-security-policy']).toBe(VIEWER_CSP);
    expect(response.headers['cache-control']).toBe(cache);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    ['/missing.js', 404, 'not_found'],
    ['/api/nowhere', 404, 'not_found'],
    ['/../package.json', 404, 'not_found'],
  ])('GET %s → %i JSON error, the API policy kept', async (url, status, code) => {
    const response = await request(app).get(url);
    expect(response.status).toBe(status);
    expect(response.body).toEqual({ error: { code, message: expect.any(String) } });
    expect(response.headers['content-security-policy']).not.toBe(VIEWER_CSP);
  });

  it('leaves the API as it was', async () => {
    const response = await request(app).get('/api/health');
    expect(response.status).toBe(200);
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('is not served without a viewer folder', async () => {
    expect((await request(await smallApp()).get('/')).status).toBe(404);
  });

  it('refuses other methods', async () => {
    expect((await request(app).post('/')).status).toBe(405);
  });

  it('says no policy allows inline scripts or eval', () => {
    expect(VIEWER_CSP).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});
