/**
 * spec.podFailurePolicy: the first rule that matches a failed pod decides what its failure
 * means — fail the Job, ignore it (not counted against backoffLimit), or count it.
 */

export type PolicyAction = 'FailJob' | 'Ignore' | 'Count' | 'FailIndex';

export interface PolicyMatch {
  readonly action: PolicyAction;
  /** For FailJob: the message of the Job's failure condition. */
  readonly message?: string;
}

function exitCodeMatches(code: number, req: any): boolean {
  const values: number[] = req.values ?? [];
  return req.operator === 'In' ? values.includes(code) : !values.includes(code);
}

function matchingContainer(pod: any, req: any): any | undefined {
  for (const s of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) {
    const t = s.state?.terminated;
    if (!t || t.exitCode === 0) continue;
    if (req.containerName && req.containerName !== s.name) continue;
    if (exitCodeMatches(t.exitCode, req)) return s;
  }
  return undefined;
}

function matchingCondition(pod: any, patterns: readonly any[]): any | undefined {
  for (const c of pod.status?.conditions ?? []) {
    if (patterns.some((p) => p.type === c.type && (p.status ?? 'True') === c.status)) return c;
  }
  return undefined;
}

/** matchPodFailurePolicy for one failed pod; undefined when no rule matches (the failure counts). */
export function matchPodFailurePolicy(policy: any, pod: any): PolicyMatch | undefined {
  const rules: any[] = policy?.rules ?? [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    const where = `matching ${rule.action} rule at index ${i}`;
    if (rule.onExitCodes) {
      const s = matchingContainer(pod, rule.onExitCodes);
      if (!s) continue;
      const message = `Container ${s.name} for pod ${pod.metadata.namespace}/${pod.metadata.name} failed with exit code ${s.state.terminated.exitCode} ${where}`;
      return { action: rule.action, message: rule.action === 'FailJob' ? message : undefined };
    }
    if (rule.onPodConditions) {
      const c = matchingCondition(pod, rule.onPodConditions);
      if (!c) continue;
      const message = `Pod ${pod.metadata.namespace}/${pod.metadata.name} has condition ${c.type} ${where}`;
      return { action: rule.action, message: rule.action === 'FailJob' ? message : undefined };
    }
  }
  return undefined;
}
