import { ComplexityEstimatorArgs } from '@nestjs/graphql';

/** A page costs its size times the cost of one node. */
export const pageComplexity = ({ args, childComplexity }: ComplexityEstimatorArgs): number => 1 + Number(args.first ?? 20) * childComplexity;

/** Unpaged nested lists are costed as if they held ten items. */
export const listComplexity = ({ childComplexity }: ComplexityEstimatorArgs): number => 1 + 10 * childComplexity;
