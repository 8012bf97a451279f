/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by <RuleBody> while a rule's MDX renders; read by <Provision>, <Cite> and <SourceLink>. */
    ruleContext?: import('./data/render-context.ts').RuleRenderContext;
    /** Set by <ResidentBody> while a resident page's MDX renders; read by <Unverified> and <Cite>. */
    residentContext?: import('./data/resident-context.ts').ResidentContext;
  }
}
