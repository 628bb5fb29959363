import { describe, expect, it } from 'vitest';
import { cleanName, isNameShaped, nameKey, singular, slug } from '../../../ingest/extract/names.js';

describe('names', () => {
  it.each([
    ['Hyper-V', 'hyperv'],
    ['hyper v', 'hyperv'],
    ['CRI-O', 'crio'],
    ['CRI', 'cri'],
    ['Docker Swarm', 'dockerswarm'],
  ])('nameKey(%s) = %s', (name, key) => expect(nameKey(name)).toBe(key));

  it.each([
    ['C++', 'c-plus-plus'],
    ['Hyper-V', 'hyper-v'],
    ['VMware ESXi', 'vmware-esxi'],
    ['C#', 'c-sharp'],
    ['***', 'entity'],
  ])('slug(%s) = %s', (name, id) => expect(slug(name)).toBe(id));

  it.each([
    ['  "Kuma" ', 'Kuma'],
    ['Traefik/Maesh.', 'Traefik/Maesh'],
    ['(CRI)', 'CRI'],
  ])('cleanName(%s) = %s', (text, name) => expect(cleanName(text)).toBe(name));

  it.each([
    ['proxies', 'proxy'],
    ['meshes', 'mesh'],
    ['hypervisors', 'hypervisor'],
    ['Runtimes', 'Runtime'],
    ['status', 'status'],
    ['OS', 'OS'],
  ])('singular(%s) = %s', (word, one) => expect(singular(word)).toBe(one));

  it.each([
    ['Xen', true],
    ['runC', true],
    ['K8s', true],
    ['the', false],
    ['containerd', false],
  ])('isNameShaped(%s) = %s', (word, shaped) => expect(isNameShaped(word)).toBe(shaped));
});
