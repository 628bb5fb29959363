import { describe, expect, it } from 'vitest';
import { AskError } from '../../../graph/ask/errors.js';
import { compileForm, normalizeQuestion, parseQuestion } from '../../../graph/ask/parse.js';
import { QUESTION_TEMPLATES } from '../../../graph/ask/templates.js';

describe('parseQuestion', () => {
  const cases: [string, string, string[], string?][] = [
    ['what implements CNI', 'implementers', ['CNI']],
    [
      'Which projects implement the Container Networking Interface?',
      'implementers',
      ['the Container Networking Interface'],
      'projects',
    ],
    ['WHAT IMPLEMENTS cni', 'implementers', ['cni']],
    ['what is CNI implemented by', 'implementers', ['CNI']],
    ['what does Calico implement', 'implemented', ['Calico']],
    ['what is implemented by Calico', 'implemented', ['Calico']],
    ['what uses etcd', 'users', ['etcd']],
    ['which tools use etcd', 'users', ['etcd'], 'tools'],
    ['what is etcd used by', 'users', ['etcd']],
    ['what does Kubernetes use', 'used', ['Kubernetes']],
    ['what is built on Kubernetes', 'built-on-it', ['Kubernetes']],
    ['what platforms are built on top of Kubernetes', 'built-on-it', ['Kubernetes'], 'platforms'],
    ['what is KubeCF based on', 'built-on', ['KubeCF']],
    ['What is KubeCF built on?', 'built-on', ['KubeCF']],
    ['what did VMware develop', 'developed', ['VMware']],
    ['what is developed by VMware', 'developed', ['VMware']],
    ['which hypervisors were developed by Oracle', 'developed', ['Oracle'], 'hypervisors'],
    ['who develops Kubernetes', 'developer', ['Kubernetes']],
    ['which company developed Docker', 'developer', ['Docker'], 'company'],
    ['who is Docker developed by', 'developer', ['Docker']],
    ['what is an alternative to Docker Swarm', 'alternatives', ['Docker Swarm']],
    ['what are the alternatives to Docker Swarm', 'alternatives', ['Docker Swarm']],
    ['alternatives to Nomad', 'alternatives', ['Nomad']],
    ['which container runtimes does Kubernetes support', 'supported', ['Kubernetes'], 'container runtimes'],
    ['what does Terraform support', 'supported', ['Terraform']],
    ['what supports OpenStack', 'supporters', ['OpenStack']],
    ['what is written in Go', 'written-in-it', ['Go']],
    ['what is Kubernetes written in', 'language', ['Kubernetes']],
    ['which language is Kubernetes written in', 'language', ['Kubernetes'], 'language'],
    ['what manages Kubernetes', 'managers', ['Kubernetes']],
    ['what is Kubernetes managed by', 'managers', ['Kubernetes']],
    ['what does BOSH manage', 'managed', ['BOSH']],
    ['what is part of Istio', 'parts', ['Istio']],
    ['what are the components of Istio', 'parts', ['Istio']],
    ['what is Pilot part of', 'part-of', ['Pilot']],
    ['what integrates with Kubernetes', 'integrations', ['Kubernetes']],
    ['what does Falco integrate with', 'integrations', ['Falco']],
    ['what are the distributions of Kubernetes', 'distributions', ['Kubernetes']],
    ['what is OKD a distribution of', 'distribution-of', ['OKD']],
    ['compare Docker Swarm and Kubernetes', 'compare', ['Docker Swarm', 'Kubernetes']],
    ['Docker Swarm vs Kubernetes', 'compare', ['Docker Swarm', 'Kubernetes']],
    ['what is the difference between Xen and KVM', 'compare', ['Xen', 'KVM']],
    ['how is KubeCF related to Kubernetes', 'path', ['KubeCF', 'Kubernetes']],
    ['how are KubeCF and Kubernetes related?', 'path', ['KubeCF', 'Kubernetes']],
    ['what is Kubernetes', 'describe', ['Kubernetes']],
    ["what's a container runtime", 'describe', ['a container runtime']],
    ['Tell me about Ceph.', 'describe', ['Ceph']],
    ['what are the container runtimes supported by Kubernetes', 'supported', ['Kubernetes'], 'container runtimes'],
    ['what are the interfaces implemented by Calico', 'implemented', ['Calico'], 'interfaces'],
    ['what are the tools used by Jenkins X', 'used', ['Jenkins X'], 'tools'],
    ['what does Kubernetes depend on', 'used', ['Kubernetes']],
    ['what depends on etcd', 'users', ['etcd']],
    ['what runs on top of Kubernetes', 'built-on-it', ['Kubernetes']],
    ['what are the platforms built on Kubernetes', 'built-on-it', ['Kubernetes'], 'platforms'],
    ['what does Knative run on', 'built-on', ['Knative']],
    ['what is Consul an alternative to', 'alternatives', ['Consul']],
    ['what are the hypervisors developed by Oracle', 'developed', ['Oracle'], 'hypervisors'],
    ['what are the languages written in Go', 'written-in-it', ['Go'], 'languages'],
    ['what are the clusters managed by BOSH', 'managed', ['BOSH'], 'clusters'],
    ['difference between Xen and KVM', 'compare', ['Xen', 'KVM']],
    ['which company is behind Docker', 'developer', ['Docker'], 'company'],
    ['who is behind Docker?', 'developer', ['Docker']],
    ['how do KubeCF and Kubernetes relate', 'path', ['KubeCF', 'Kubernetes']],
    ['what is Terraform used for', 'describe', ['Terraform']],
    ['Docker Swarm vs. Kubernetes', 'compare', ['Docker Swarm', 'Kubernetes']],
    ['list the projects that implement CNI', 'implementers', ['CNI'], 'projects'],
    ['Show me all tools which use etcd', 'users', ['etcd'], 'tools'],
    ['name everything that supports OpenStack', 'supporters', ['OpenStack'], 'everything'],
  ];
  it.each(cases)('%s → %s %j (category %s)', (question, template, phrases, category) => {
    const parsed = parseQuestion(question);
    expect({ template: parsed.template.id, phrases: parsed.phrases, category: parsed.category }).toEqual({
      template,
      phrases,
      category,
    });
  });

  it.each(['', '   ?', 'why is the sky blue', 'kubernetes', 'what does Kubernetes use for storage'])(
    'refuses %j with suggested question forms',
    (question) => {
      let error: unknown;
      try {
        parseQuestion(question);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(AskError);
      expect((error as AskError).code).toBe('unparseable');
      expect((error as AskError).suggestions.length).toBeGreaterThan(0);
    },
  );

  it('suggests the forms that share the most words with the question', () => {
    let error: unknown;
    try {
      parseQuestion('does Calico implement CNI');
    } catch (caught) {
      error = caught;
    }
    expect((error as AskError).suggestions).toEqual(['what implements X', 'what does X implement', 'what uses X']);
  });
});

describe('normalizeQuestion', () => {
  it.each([
    ['  what   uses etcd ?? ', 'what uses etcd'],
    ['“what’s Xen?”', 'what is Xen'],
    ['whats Xen', 'what is Xen'],
    ["who's behind Xen!", 'who is behind Xen'],
    ['list the tools that use etcd', 'which tools use etcd'],
    ['Show me all projects which implement CNI?', 'which projects implement CNI'],
    ['list tools', 'list tools'],
  ])('%j → %j', (question, expected) => expect(normalizeQuestion(question)).toBe(expected));
});

describe('compileForm', () => {
  it('reads what as what|which, optional tokens and slots', () => {
    const pattern = compileForm('what C is|are the? part of X');
    expect(pattern.exec('which parts are part of Foo')?.groups).toMatchObject({ c: 'parts', x: 'Foo' });
    expect(pattern.exec('what is the part of Foo')?.groups?.x).toBe('Foo');
    expect(pattern.test('what is part')).toBe(false);
  });

  it('refuses a form that ends with an optional token', () => {
    expect(() => compileForm('what is X the?')).toThrow(/last token/);
  });

  it('compiles every template form, and every template parses its own example', () => {
    for (const template of QUESTION_TEMPLATES) {
      for (const form of template.forms) expect(() => compileForm(form)).not.toThrow();
      expect(parseQuestion(template.example).template.id).toBe(template.id);
    }
  });
});

describe('graph/ask/README.md', () => {
  it('documents every template with its example', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(new URL('../../../graph/ask/README.md', import.meta.url), 'utf8');
    for (const template of QUESTION_TEMPLATES) {
      expect(readme).toContain(`| \`${template.id}\` | ${template.relation ?? '-'} |`);
      expect(readme).toContain(` | ${template.example} |`);
    }
  });
});
