/** Every generated file descriptor (proto/gen), for tests that walk all types. */
import type { DescFile } from "@bufbuild/protobuf";
import { file_cosmos_base_query_v1beta1_pagination } from "../gen/cosmos/base/query/v1beta1/pagination_pb.ts";
import { file_cosmos_base_v1beta1_coin } from "../gen/cosmos/base/v1beta1/coin_pb.ts";
import { file_tributary_attribution_v1_events } from "../gen/tributary/attribution/v1/events_pb.ts";
import { file_tributary_attribution_v1_genesis } from "../gen/tributary/attribution/v1/genesis_pb.ts";
import { file_tributary_attribution_v1_query } from "../gen/tributary/attribution/v1/query_pb.ts";
import { file_tributary_attribution_v1_tx } from "../gen/tributary/attribution/v1/tx_pb.ts";
import { file_tributary_attribution_v1_types } from "../gen/tributary/attribution/v1/types_pb.ts";
import { file_tributary_datanet_v1_events } from "../gen/tributary/datanet/v1/events_pb.ts";
import { file_tributary_datanet_v1_genesis } from "../gen/tributary/datanet/v1/genesis_pb.ts";
import { file_tributary_datanet_v1_query } from "../gen/tributary/datanet/v1/query_pb.ts";
import { file_tributary_datanet_v1_tx } from "../gen/tributary/datanet/v1/tx_pb.ts";
import { file_tributary_datanet_v1_types } from "../gen/tributary/datanet/v1/types_pb.ts";
import { file_tributary_distribution_v1_events } from "../gen/tributary/distribution/v1/events_pb.ts";
import { file_tributary_distribution_v1_types } from "../gen/tributary/distribution/v1/types_pb.ts";
import { file_tributary_inference_v1_genesis } from "../gen/tributary/inference/v1/genesis_pb.ts";
import { file_tributary_inference_v1_query } from "../gen/tributary/inference/v1/query_pb.ts";
import { file_tributary_inference_v1_tx } from "../gen/tributary/inference/v1/tx_pb.ts";
import { file_tributary_inference_v1_types } from "../gen/tributary/inference/v1/types_pb.ts";
import { file_tributary_rewards_v1_events } from "../gen/tributary/rewards/v1/events_pb.ts";
import { file_tributary_rewards_v1_genesis } from "../gen/tributary/rewards/v1/genesis_pb.ts";
import { file_tributary_rewards_v1_query } from "../gen/tributary/rewards/v1/query_pb.ts";
import { file_tributary_rewards_v1_tx } from "../gen/tributary/rewards/v1/tx_pb.ts";
import { file_tributary_rewards_v1_types } from "../gen/tributary/rewards/v1/types_pb.ts";
import { file_tributary_store_v1_proof } from "../gen/tributary/store/v1/proof_pb.ts";

export const GENERATED_FILES: readonly DescFile[] = [
  file_cosmos_base_query_v1beta1_pagination,
  file_cosmos_base_v1beta1_coin,
  file_tributary_attribution_v1_events,
  file_tributary_attribution_v1_genesis,
  file_tributary_attribution_v1_query,
  file_tributary_attribution_v1_tx,
  file_tributary_attribution_v1_types,
  file_tributary_datanet_v1_events,
  file_tributary_datanet_v1_genesis,
  file_tributary_datanet_v1_query,
  file_tributary_datanet_v1_tx,
  file_tributary_datanet_v1_types,
  file_tributary_distribution_v1_events,
  file_tributary_distribution_v1_types,
  file_tributary_inference_v1_genesis,
  file_tributary_inference_v1_query,
  file_tributary_inference_v1_tx,
  file_tributary_inference_v1_types,
  file_tributary_rewards_v1_events,
  file_tributary_rewards_v1_genesis,
  file_tributary_rewards_v1_query,
  file_tributary_rewards_v1_tx,
  file_tributary_rewards_v1_types,
  file_tributary_store_v1_proof,
];
