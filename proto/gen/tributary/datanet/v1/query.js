/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";
import "../../../../runtime/bigintLongs.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["tributary/datanet/v1/query"] || ($protobuf.roots["tributary/datanet/v1/query"] = {});

export const tributary = $root.tributary = (() => {

    /**
     * Namespace tributary.
     * @exports tributary
     * @namespace
     */
    const tributary = {};

    tributary.datanet = (function() {

        /**
         * Namespace datanet.
         * @memberof tributary
         * @namespace
         */
        const datanet = {};

        datanet.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tributary.datanet
             * @namespace
             */
            const v1 = {};

            v1.Query = (function() {

                /**
                 * Constructs a new Query service.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a Query
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                function Query(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                }

                (Query.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Query;

                /**
                 * Callback as used by {@link tributary.datanet.v1.Query#params}.
                 * @memberof tributary.datanet.v1.Query
                 * @typedef ParamsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.datanet.v1.QueryParamsResponse} [response] QueryParamsResponse
                 */

                /**
                 * Calls Params.
                 * @function params
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryParamsRequest} request QueryParamsRequest message or plain object
                 * @param {tributary.datanet.v1.Query.ParamsCallback} callback Node-style callback called with the error, if any, and QueryParamsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.params = function params(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, params, $root.tributary.datanet.v1.QueryParamsRequest, $root.tributary.datanet.v1.QueryParamsResponse, request, callback);
                }, "name", { value: "Params" });

                /**
                 * Calls Params.
                 * @function params
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryParamsRequest} request QueryParamsRequest message or plain object
                 * @returns {Promise<tributary.datanet.v1.QueryParamsResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.datanet.v1.Query#datanet}.
                 * @memberof tributary.datanet.v1.Query
                 * @typedef DatanetCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.datanet.v1.QueryDatanetResponse} [response] QueryDatanetResponse
                 */

                /**
                 * Calls Datanet.
                 * @function datanet
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryDatanetRequest} request QueryDatanetRequest message or plain object
                 * @param {tributary.datanet.v1.Query.DatanetCallback} callback Node-style callback called with the error, if any, and QueryDatanetResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.datanet = function datanet(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, datanet, $root.tributary.datanet.v1.QueryDatanetRequest, $root.tributary.datanet.v1.QueryDatanetResponse, request, callback);
                }, "name", { value: "Datanet" });

                /**
                 * Calls Datanet.
                 * @function datanet
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryDatanetRequest} request QueryDatanetRequest message or plain object
                 * @returns {Promise<tributary.datanet.v1.QueryDatanetResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.datanet.v1.Query#datanets}.
                 * @memberof tributary.datanet.v1.Query
                 * @typedef DatanetsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.datanet.v1.QueryDatanetsResponse} [response] QueryDatanetsResponse
                 */

                /**
                 * Calls Datanets.
                 * @function datanets
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryDatanetsRequest} request QueryDatanetsRequest message or plain object
                 * @param {tributary.datanet.v1.Query.DatanetsCallback} callback Node-style callback called with the error, if any, and QueryDatanetsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.datanets = function datanets(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, datanets, $root.tributary.datanet.v1.QueryDatanetsRequest, $root.tributary.datanet.v1.QueryDatanetsResponse, request, callback);
                }, "name", { value: "Datanets" });

                /**
                 * Calls Datanets.
                 * @function datanets
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryDatanetsRequest} request QueryDatanetsRequest message or plain object
                 * @returns {Promise<tributary.datanet.v1.QueryDatanetsResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.datanet.v1.Query#contribution}.
                 * @memberof tributary.datanet.v1.Query
                 * @typedef ContributionCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.datanet.v1.QueryContributionResponse} [response] QueryContributionResponse
                 */

                /**
                 * Calls Contribution.
                 * @function contribution
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryContributionRequest} request QueryContributionRequest message or plain object
                 * @param {tributary.datanet.v1.Query.ContributionCallback} callback Node-style callback called with the error, if any, and QueryContributionResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.contribution = function contribution(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, contribution, $root.tributary.datanet.v1.QueryContributionRequest, $root.tributary.datanet.v1.QueryContributionResponse, request, callback);
                }, "name", { value: "Contribution" });

                /**
                 * Calls Contribution.
                 * @function contribution
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryContributionRequest} request QueryContributionRequest message or plain object
                 * @returns {Promise<tributary.datanet.v1.QueryContributionResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.datanet.v1.Query#contributions}.
                 * @memberof tributary.datanet.v1.Query
                 * @typedef ContributionsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.datanet.v1.QueryContributionsResponse} [response] QueryContributionsResponse
                 */

                /**
                 * Calls Contributions.
                 * @function contributions
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryContributionsRequest} request QueryContributionsRequest message or plain object
                 * @param {tributary.datanet.v1.Query.ContributionsCallback} callback Node-style callback called with the error, if any, and QueryContributionsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.contributions = function contributions(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, contributions, $root.tributary.datanet.v1.QueryContributionsRequest, $root.tributary.datanet.v1.QueryContributionsResponse, request, callback);
                }, "name", { value: "Contributions" });

                /**
                 * Calls Contributions.
                 * @function contributions
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryContributionsRequest} request QueryContributionsRequest message or plain object
                 * @returns {Promise<tributary.datanet.v1.QueryContributionsResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.datanet.v1.Query#contributionContent}.
                 * @memberof tributary.datanet.v1.Query
                 * @typedef ContributionContentCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.datanet.v1.QueryContributionContentResponse} [response] QueryContributionContentResponse
                 */

                /**
                 * Calls ContributionContent.
                 * @function contributionContent
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryContributionContentRequest} request QueryContributionContentRequest message or plain object
                 * @param {tributary.datanet.v1.Query.ContributionContentCallback} callback Node-style callback called with the error, if any, and QueryContributionContentResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.contributionContent = function contributionContent(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, contributionContent, $root.tributary.datanet.v1.QueryContributionContentRequest, $root.tributary.datanet.v1.QueryContributionContentResponse, request, callback);
                }, "name", { value: "ContributionContent" });

                /**
                 * Calls ContributionContent.
                 * @function contributionContent
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryContributionContentRequest} request QueryContributionContentRequest message or plain object
                 * @returns {Promise<tributary.datanet.v1.QueryContributionContentResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.datanet.v1.Query#tokenSequence}.
                 * @memberof tributary.datanet.v1.Query
                 * @typedef TokenSequenceCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.datanet.v1.QueryTokenSequenceResponse} [response] QueryTokenSequenceResponse
                 */

                /**
                 * Calls TokenSequence.
                 * @function tokenSequence
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryTokenSequenceRequest} request QueryTokenSequenceRequest message or plain object
                 * @param {tributary.datanet.v1.Query.TokenSequenceCallback} callback Node-style callback called with the error, if any, and QueryTokenSequenceResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.tokenSequence = function tokenSequence(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, tokenSequence, $root.tributary.datanet.v1.QueryTokenSequenceRequest, $root.tributary.datanet.v1.QueryTokenSequenceResponse, request, callback);
                }, "name", { value: "TokenSequence" });

                /**
                 * Calls TokenSequence.
                 * @function tokenSequence
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryTokenSequenceRequest} request QueryTokenSequenceRequest message or plain object
                 * @returns {Promise<tributary.datanet.v1.QueryTokenSequenceResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.datanet.v1.Query#version}.
                 * @memberof tributary.datanet.v1.Query
                 * @typedef VersionCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.datanet.v1.QueryVersionResponse} [response] QueryVersionResponse
                 */

                /**
                 * Calls Version.
                 * @function version
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryVersionRequest} request QueryVersionRequest message or plain object
                 * @param {tributary.datanet.v1.Query.VersionCallback} callback Node-style callback called with the error, if any, and QueryVersionResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.version = function version(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, version, $root.tributary.datanet.v1.QueryVersionRequest, $root.tributary.datanet.v1.QueryVersionResponse, request, callback);
                }, "name", { value: "Version" });

                /**
                 * Calls Version.
                 * @function version
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryVersionRequest} request QueryVersionRequest message or plain object
                 * @returns {Promise<tributary.datanet.v1.QueryVersionResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.datanet.v1.Query#versions}.
                 * @memberof tributary.datanet.v1.Query
                 * @typedef VersionsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.datanet.v1.QueryVersionsResponse} [response] QueryVersionsResponse
                 */

                /**
                 * Calls Versions.
                 * @function versions
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryVersionsRequest} request QueryVersionsRequest message or plain object
                 * @param {tributary.datanet.v1.Query.VersionsCallback} callback Node-style callback called with the error, if any, and QueryVersionsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.versions = function versions(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, versions, $root.tributary.datanet.v1.QueryVersionsRequest, $root.tributary.datanet.v1.QueryVersionsResponse, request, callback);
                }, "name", { value: "Versions" });

                /**
                 * Calls Versions.
                 * @function versions
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryVersionsRequest} request QueryVersionsRequest message or plain object
                 * @returns {Promise<tributary.datanet.v1.QueryVersionsResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.datanet.v1.Query#versionContributions}.
                 * @memberof tributary.datanet.v1.Query
                 * @typedef VersionContributionsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.datanet.v1.QueryVersionContributionsResponse} [response] QueryVersionContributionsResponse
                 */

                /**
                 * Calls VersionContributions.
                 * @function versionContributions
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryVersionContributionsRequest} request QueryVersionContributionsRequest message or plain object
                 * @param {tributary.datanet.v1.Query.VersionContributionsCallback} callback Node-style callback called with the error, if any, and QueryVersionContributionsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.versionContributions = function versionContributions(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, versionContributions, $root.tributary.datanet.v1.QueryVersionContributionsRequest, $root.tributary.datanet.v1.QueryVersionContributionsResponse, request, callback);
                }, "name", { value: "VersionContributions" });

                /**
                 * Calls VersionContributions.
                 * @function versionContributions
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryVersionContributionsRequest} request QueryVersionContributionsRequest message or plain object
                 * @returns {Promise<tributary.datanet.v1.QueryVersionContributionsResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.datanet.v1.Query#contributorStats}.
                 * @memberof tributary.datanet.v1.Query
                 * @typedef ContributorStatsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.datanet.v1.QueryContributorStatsResponse} [response] QueryContributorStatsResponse
                 */

                /**
                 * Calls ContributorStats.
                 * @function contributorStats
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryContributorStatsRequest} request QueryContributorStatsRequest message or plain object
                 * @param {tributary.datanet.v1.Query.ContributorStatsCallback} callback Node-style callback called with the error, if any, and QueryContributorStatsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.contributorStats = function contributorStats(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, contributorStats, $root.tributary.datanet.v1.QueryContributorStatsRequest, $root.tributary.datanet.v1.QueryContributorStatsResponse, request, callback);
                }, "name", { value: "ContributorStats" });

                /**
                 * Calls ContributorStats.
                 * @function contributorStats
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryContributorStatsRequest} request QueryContributorStatsRequest message or plain object
                 * @returns {Promise<tributary.datanet.v1.QueryContributorStatsResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.datanet.v1.Query#vocabulary}.
                 * @memberof tributary.datanet.v1.Query
                 * @typedef VocabularyCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.datanet.v1.QueryVocabularyResponse} [response] QueryVocabularyResponse
                 */

                /**
                 * Calls Vocabulary.
                 * @function vocabulary
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryVocabularyRequest} request QueryVocabularyRequest message or plain object
                 * @param {tributary.datanet.v1.Query.VocabularyCallback} callback Node-style callback called with the error, if any, and QueryVocabularyResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.vocabulary = function vocabulary(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, vocabulary, $root.tributary.datanet.v1.QueryVocabularyRequest, $root.tributary.datanet.v1.QueryVocabularyResponse, request, callback);
                }, "name", { value: "Vocabulary" });

                /**
                 * Calls Vocabulary.
                 * @function vocabulary
                 * @memberof tributary.datanet.v1.Query
                 * @instance
                 * @param {tributary.datanet.v1.IQueryVocabularyRequest} request QueryVocabularyRequest message or plain object
                 * @returns {Promise<tributary.datanet.v1.QueryVocabularyResponse>} Promise
                 * @variation 2
                 */

                return Query;
            })();

            v1.QueryParamsRequest = (function() {

                /**
                 * Properties of a QueryParamsRequest.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryParamsRequest
                 */

                /**
                 * Constructs a new QueryParamsRequest.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryParamsRequest.
                 * @implements IQueryParamsRequest
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryParamsRequest=} [properties] Properties to set
                 */
                function QueryParamsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link tributary.datanet.v1.QueryParamsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryParamsRequest
                 * @static
                 * @param {tributary.datanet.v1.IQueryParamsRequest} message QueryParamsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryParamsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryParamsRequest} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryParamsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryParamsRequest
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryParamsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryParamsRequest";
                };

                return QueryParamsRequest;
            })();

            v1.QueryParamsResponse = (function() {

                /**
                 * Properties of a QueryParamsResponse.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryParamsResponse
                 * @property {tributary.datanet.v1.IParams|null} [params] QueryParamsResponse params
                 */

                /**
                 * Constructs a new QueryParamsResponse.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryParamsResponse.
                 * @implements IQueryParamsResponse
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryParamsResponse=} [properties] Properties to set
                 */
                function QueryParamsResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryParamsResponse params.
                 * @member {tributary.datanet.v1.IParams|null|undefined} params
                 * @memberof tributary.datanet.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.params = null;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link tributary.datanet.v1.QueryParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryParamsResponse
                 * @static
                 * @param {tributary.datanet.v1.IQueryParamsResponse} message QueryParamsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.params != null && Object.hasOwnProperty.call(message, "params"))
                        $root.tributary.datanet.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryParamsResponse} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryParamsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.params = $root.tributary.datanet.v1.Params.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryParamsResponse
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryParamsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.QueryDatanetRequest = (function() {

                /**
                 * Properties of a QueryDatanetRequest.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryDatanetRequest
                 * @property {number|Long|null} [id] QueryDatanetRequest id
                 */

                /**
                 * Constructs a new QueryDatanetRequest.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryDatanetRequest.
                 * @implements IQueryDatanetRequest
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryDatanetRequest=} [properties] Properties to set
                 */
                function QueryDatanetRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryDatanetRequest id.
                 * @member {number|Long} id
                 * @memberof tributary.datanet.v1.QueryDatanetRequest
                 * @instance
                 */
                QueryDatanetRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified QueryDatanetRequest message. Does not implicitly {@link tributary.datanet.v1.QueryDatanetRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryDatanetRequest
                 * @static
                 * @param {tributary.datanet.v1.IQueryDatanetRequest} message QueryDatanetRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryDatanetRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    return writer;
                };

                /**
                 * Decodes a QueryDatanetRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryDatanetRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryDatanetRequest} QueryDatanetRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryDatanetRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryDatanetRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryDatanetRequest
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryDatanetRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryDatanetRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryDatanetRequest";
                };

                return QueryDatanetRequest;
            })();

            v1.QueryDatanetResponse = (function() {

                /**
                 * Properties of a QueryDatanetResponse.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryDatanetResponse
                 * @property {tributary.datanet.v1.IDatanet|null} [datanet] QueryDatanetResponse datanet
                 * @property {tributary.datanet.v1.IDatanetCounters|null} [counters] QueryDatanetResponse counters
                 */

                /**
                 * Constructs a new QueryDatanetResponse.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryDatanetResponse.
                 * @implements IQueryDatanetResponse
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryDatanetResponse=} [properties] Properties to set
                 */
                function QueryDatanetResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryDatanetResponse datanet.
                 * @member {tributary.datanet.v1.IDatanet|null|undefined} datanet
                 * @memberof tributary.datanet.v1.QueryDatanetResponse
                 * @instance
                 */
                QueryDatanetResponse.prototype.datanet = null;

                /**
                 * QueryDatanetResponse counters.
                 * @member {tributary.datanet.v1.IDatanetCounters|null|undefined} counters
                 * @memberof tributary.datanet.v1.QueryDatanetResponse
                 * @instance
                 */
                QueryDatanetResponse.prototype.counters = null;

                /**
                 * Encodes the specified QueryDatanetResponse message. Does not implicitly {@link tributary.datanet.v1.QueryDatanetResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryDatanetResponse
                 * @static
                 * @param {tributary.datanet.v1.IQueryDatanetResponse} message QueryDatanetResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryDatanetResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanet != null && Object.hasOwnProperty.call(message, "datanet"))
                        $root.tributary.datanet.v1.Datanet.encode(message.datanet, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.counters != null && Object.hasOwnProperty.call(message, "counters"))
                        $root.tributary.datanet.v1.DatanetCounters.encode(message.counters, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryDatanetResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryDatanetResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryDatanetResponse} QueryDatanetResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryDatanetResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryDatanetResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.datanet = $root.tributary.datanet.v1.Datanet.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                message.counters = $root.tributary.datanet.v1.DatanetCounters.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryDatanetResponse
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryDatanetResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryDatanetResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryDatanetResponse";
                };

                return QueryDatanetResponse;
            })();

            v1.QueryDatanetsRequest = (function() {

                /**
                 * Properties of a QueryDatanetsRequest.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryDatanetsRequest
                 * @property {string|null} [tag] QueryDatanetsRequest tag
                 * @property {string|null} [owner] QueryDatanetsRequest owner
                 * @property {cosmos.base.query.v1beta1.IPageRequest|null} [pagination] QueryDatanetsRequest pagination
                 */

                /**
                 * Constructs a new QueryDatanetsRequest.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryDatanetsRequest.
                 * @implements IQueryDatanetsRequest
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryDatanetsRequest=} [properties] Properties to set
                 */
                function QueryDatanetsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryDatanetsRequest tag.
                 * @member {string} tag
                 * @memberof tributary.datanet.v1.QueryDatanetsRequest
                 * @instance
                 */
                QueryDatanetsRequest.prototype.tag = "";

                /**
                 * QueryDatanetsRequest owner.
                 * @member {string} owner
                 * @memberof tributary.datanet.v1.QueryDatanetsRequest
                 * @instance
                 */
                QueryDatanetsRequest.prototype.owner = "";

                /**
                 * QueryDatanetsRequest pagination.
                 * @member {cosmos.base.query.v1beta1.IPageRequest|null|undefined} pagination
                 * @memberof tributary.datanet.v1.QueryDatanetsRequest
                 * @instance
                 */
                QueryDatanetsRequest.prototype.pagination = null;

                /**
                 * Encodes the specified QueryDatanetsRequest message. Does not implicitly {@link tributary.datanet.v1.QueryDatanetsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryDatanetsRequest
                 * @static
                 * @param {tributary.datanet.v1.IQueryDatanetsRequest} message QueryDatanetsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryDatanetsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.tag != null && Object.hasOwnProperty.call(message, "tag"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.tag);
                    if (message.owner != null && Object.hasOwnProperty.call(message, "owner"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.owner);
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageRequest.encode(message.pagination, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryDatanetsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryDatanetsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryDatanetsRequest} QueryDatanetsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryDatanetsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryDatanetsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.tag = reader.string();
                                break;
                            }
                        case 2: {
                                message.owner = reader.string();
                                break;
                            }
                        case 3: {
                                message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryDatanetsRequest
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryDatanetsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryDatanetsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryDatanetsRequest";
                };

                return QueryDatanetsRequest;
            })();

            v1.QueryDatanetsResponse = (function() {

                /**
                 * Properties of a QueryDatanetsResponse.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryDatanetsResponse
                 * @property {Array.<tributary.datanet.v1.IDatanet>|null} [datanets] QueryDatanetsResponse datanets
                 * @property {cosmos.base.query.v1beta1.IPageResponse|null} [pagination] QueryDatanetsResponse pagination
                 */

                /**
                 * Constructs a new QueryDatanetsResponse.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryDatanetsResponse.
                 * @implements IQueryDatanetsResponse
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryDatanetsResponse=} [properties] Properties to set
                 */
                function QueryDatanetsResponse(properties) {
                    this.datanets = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryDatanetsResponse datanets.
                 * @member {Array.<tributary.datanet.v1.IDatanet>} datanets
                 * @memberof tributary.datanet.v1.QueryDatanetsResponse
                 * @instance
                 */
                QueryDatanetsResponse.prototype.datanets = $util.emptyArray;

                /**
                 * QueryDatanetsResponse pagination.
                 * @member {cosmos.base.query.v1beta1.IPageResponse|null|undefined} pagination
                 * @memberof tributary.datanet.v1.QueryDatanetsResponse
                 * @instance
                 */
                QueryDatanetsResponse.prototype.pagination = null;

                /**
                 * Encodes the specified QueryDatanetsResponse message. Does not implicitly {@link tributary.datanet.v1.QueryDatanetsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryDatanetsResponse
                 * @static
                 * @param {tributary.datanet.v1.IQueryDatanetsResponse} message QueryDatanetsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryDatanetsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanets != null && message.datanets.length)
                        for (let i = 0; i < message.datanets.length; ++i)
                            $root.tributary.datanet.v1.Datanet.encode(message.datanets[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageResponse.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryDatanetsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryDatanetsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryDatanetsResponse} QueryDatanetsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryDatanetsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryDatanetsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.datanets && message.datanets.length))
                                    message.datanets = [];
                                message.datanets.push($root.tributary.datanet.v1.Datanet.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 2: {
                                message.pagination = $root.cosmos.base.query.v1beta1.PageResponse.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryDatanetsResponse
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryDatanetsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryDatanetsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryDatanetsResponse";
                };

                return QueryDatanetsResponse;
            })();

            v1.QueryContributionRequest = (function() {

                /**
                 * Properties of a QueryContributionRequest.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryContributionRequest
                 * @property {number|Long|null} [id] QueryContributionRequest id
                 */

                /**
                 * Constructs a new QueryContributionRequest.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryContributionRequest.
                 * @implements IQueryContributionRequest
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryContributionRequest=} [properties] Properties to set
                 */
                function QueryContributionRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryContributionRequest id.
                 * @member {number|Long} id
                 * @memberof tributary.datanet.v1.QueryContributionRequest
                 * @instance
                 */
                QueryContributionRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified QueryContributionRequest message. Does not implicitly {@link tributary.datanet.v1.QueryContributionRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryContributionRequest
                 * @static
                 * @param {tributary.datanet.v1.IQueryContributionRequest} message QueryContributionRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryContributionRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    return writer;
                };

                /**
                 * Decodes a QueryContributionRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryContributionRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryContributionRequest} QueryContributionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryContributionRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryContributionRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryContributionRequest
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryContributionRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryContributionRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryContributionRequest";
                };

                return QueryContributionRequest;
            })();

            v1.QueryContributionResponse = (function() {

                /**
                 * Properties of a QueryContributionResponse.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryContributionResponse
                 * @property {tributary.datanet.v1.IContribution|null} [contribution] QueryContributionResponse contribution
                 */

                /**
                 * Constructs a new QueryContributionResponse.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryContributionResponse.
                 * @implements IQueryContributionResponse
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryContributionResponse=} [properties] Properties to set
                 */
                function QueryContributionResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryContributionResponse contribution.
                 * @member {tributary.datanet.v1.IContribution|null|undefined} contribution
                 * @memberof tributary.datanet.v1.QueryContributionResponse
                 * @instance
                 */
                QueryContributionResponse.prototype.contribution = null;

                /**
                 * Encodes the specified QueryContributionResponse message. Does not implicitly {@link tributary.datanet.v1.QueryContributionResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryContributionResponse
                 * @static
                 * @param {tributary.datanet.v1.IQueryContributionResponse} message QueryContributionResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryContributionResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.contribution != null && Object.hasOwnProperty.call(message, "contribution"))
                        $root.tributary.datanet.v1.Contribution.encode(message.contribution, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryContributionResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryContributionResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryContributionResponse} QueryContributionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryContributionResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryContributionResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.contribution = $root.tributary.datanet.v1.Contribution.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryContributionResponse
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryContributionResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryContributionResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryContributionResponse";
                };

                return QueryContributionResponse;
            })();

            v1.QueryContributionsRequest = (function() {

                /**
                 * Properties of a QueryContributionsRequest.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryContributionsRequest
                 * @property {number|Long|null} [datanetId] QueryContributionsRequest datanetId
                 * @property {tributary.datanet.v1.ContributionStatus|null} [status] QueryContributionsRequest status
                 * @property {string|null} [contributor] QueryContributionsRequest contributor
                 * @property {cosmos.base.query.v1beta1.IPageRequest|null} [pagination] QueryContributionsRequest pagination
                 */

                /**
                 * Constructs a new QueryContributionsRequest.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryContributionsRequest.
                 * @implements IQueryContributionsRequest
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryContributionsRequest=} [properties] Properties to set
                 */
                function QueryContributionsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryContributionsRequest datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.datanet.v1.QueryContributionsRequest
                 * @instance
                 */
                QueryContributionsRequest.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryContributionsRequest status.
                 * @member {tributary.datanet.v1.ContributionStatus} status
                 * @memberof tributary.datanet.v1.QueryContributionsRequest
                 * @instance
                 */
                QueryContributionsRequest.prototype.status = 0;

                /**
                 * QueryContributionsRequest contributor.
                 * @member {string} contributor
                 * @memberof tributary.datanet.v1.QueryContributionsRequest
                 * @instance
                 */
                QueryContributionsRequest.prototype.contributor = "";

                /**
                 * QueryContributionsRequest pagination.
                 * @member {cosmos.base.query.v1beta1.IPageRequest|null|undefined} pagination
                 * @memberof tributary.datanet.v1.QueryContributionsRequest
                 * @instance
                 */
                QueryContributionsRequest.prototype.pagination = null;

                /**
                 * Encodes the specified QueryContributionsRequest message. Does not implicitly {@link tributary.datanet.v1.QueryContributionsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryContributionsRequest
                 * @static
                 * @param {tributary.datanet.v1.IQueryContributionsRequest} message QueryContributionsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryContributionsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.datanetId);
                    if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                    if (message.contributor != null && Object.hasOwnProperty.call(message, "contributor"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.contributor);
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageRequest.encode(message.pagination, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryContributionsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryContributionsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryContributionsRequest} QueryContributionsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryContributionsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryContributionsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.status = reader.int32();
                                break;
                            }
                        case 3: {
                                message.contributor = reader.string();
                                break;
                            }
                        case 4: {
                                message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryContributionsRequest
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryContributionsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryContributionsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryContributionsRequest";
                };

                return QueryContributionsRequest;
            })();

            v1.QueryContributionsResponse = (function() {

                /**
                 * Properties of a QueryContributionsResponse.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryContributionsResponse
                 * @property {Array.<tributary.datanet.v1.IContribution>|null} [contributions] QueryContributionsResponse contributions
                 * @property {cosmos.base.query.v1beta1.IPageResponse|null} [pagination] QueryContributionsResponse pagination
                 */

                /**
                 * Constructs a new QueryContributionsResponse.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryContributionsResponse.
                 * @implements IQueryContributionsResponse
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryContributionsResponse=} [properties] Properties to set
                 */
                function QueryContributionsResponse(properties) {
                    this.contributions = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryContributionsResponse contributions.
                 * @member {Array.<tributary.datanet.v1.IContribution>} contributions
                 * @memberof tributary.datanet.v1.QueryContributionsResponse
                 * @instance
                 */
                QueryContributionsResponse.prototype.contributions = $util.emptyArray;

                /**
                 * QueryContributionsResponse pagination.
                 * @member {cosmos.base.query.v1beta1.IPageResponse|null|undefined} pagination
                 * @memberof tributary.datanet.v1.QueryContributionsResponse
                 * @instance
                 */
                QueryContributionsResponse.prototype.pagination = null;

                /**
                 * Encodes the specified QueryContributionsResponse message. Does not implicitly {@link tributary.datanet.v1.QueryContributionsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryContributionsResponse
                 * @static
                 * @param {tributary.datanet.v1.IQueryContributionsResponse} message QueryContributionsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryContributionsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.contributions != null && message.contributions.length)
                        for (let i = 0; i < message.contributions.length; ++i)
                            $root.tributary.datanet.v1.Contribution.encode(message.contributions[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageResponse.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryContributionsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryContributionsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryContributionsResponse} QueryContributionsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryContributionsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryContributionsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.contributions && message.contributions.length))
                                    message.contributions = [];
                                message.contributions.push($root.tributary.datanet.v1.Contribution.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 2: {
                                message.pagination = $root.cosmos.base.query.v1beta1.PageResponse.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryContributionsResponse
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryContributionsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryContributionsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryContributionsResponse";
                };

                return QueryContributionsResponse;
            })();

            v1.QueryContributionContentRequest = (function() {

                /**
                 * Properties of a QueryContributionContentRequest.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryContributionContentRequest
                 * @property {number|Long|null} [id] QueryContributionContentRequest id
                 */

                /**
                 * Constructs a new QueryContributionContentRequest.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryContributionContentRequest.
                 * @implements IQueryContributionContentRequest
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryContributionContentRequest=} [properties] Properties to set
                 */
                function QueryContributionContentRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryContributionContentRequest id.
                 * @member {number|Long} id
                 * @memberof tributary.datanet.v1.QueryContributionContentRequest
                 * @instance
                 */
                QueryContributionContentRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified QueryContributionContentRequest message. Does not implicitly {@link tributary.datanet.v1.QueryContributionContentRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryContributionContentRequest
                 * @static
                 * @param {tributary.datanet.v1.IQueryContributionContentRequest} message QueryContributionContentRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryContributionContentRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    return writer;
                };

                /**
                 * Decodes a QueryContributionContentRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryContributionContentRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryContributionContentRequest} QueryContributionContentRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryContributionContentRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryContributionContentRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryContributionContentRequest
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryContributionContentRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryContributionContentRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryContributionContentRequest";
                };

                return QueryContributionContentRequest;
            })();

            v1.QueryContributionContentResponse = (function() {

                /**
                 * Properties of a QueryContributionContentResponse.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryContributionContentResponse
                 * @property {Uint8Array|null} [contentHash] QueryContributionContentResponse contentHash
                 * @property {Uint8Array|null} [body] QueryContributionContentResponse body
                 */

                /**
                 * Constructs a new QueryContributionContentResponse.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryContributionContentResponse.
                 * @implements IQueryContributionContentResponse
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryContributionContentResponse=} [properties] Properties to set
                 */
                function QueryContributionContentResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryContributionContentResponse contentHash.
                 * @member {Uint8Array} contentHash
                 * @memberof tributary.datanet.v1.QueryContributionContentResponse
                 * @instance
                 */
                QueryContributionContentResponse.prototype.contentHash = $util.newBuffer([]);

                /**
                 * QueryContributionContentResponse body.
                 * @member {Uint8Array} body
                 * @memberof tributary.datanet.v1.QueryContributionContentResponse
                 * @instance
                 */
                QueryContributionContentResponse.prototype.body = $util.newBuffer([]);

                /**
                 * Encodes the specified QueryContributionContentResponse message. Does not implicitly {@link tributary.datanet.v1.QueryContributionContentResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryContributionContentResponse
                 * @static
                 * @param {tributary.datanet.v1.IQueryContributionContentResponse} message QueryContributionContentResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryContributionContentResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.contentHash != null && Object.hasOwnProperty.call(message, "contentHash"))
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.contentHash);
                    if (message.body != null && Object.hasOwnProperty.call(message, "body"))
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.body);
                    return writer;
                };

                /**
                 * Decodes a QueryContributionContentResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryContributionContentResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryContributionContentResponse} QueryContributionContentResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryContributionContentResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryContributionContentResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.contentHash = reader.bytes();
                                break;
                            }
                        case 2: {
                                message.body = reader.bytes();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryContributionContentResponse
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryContributionContentResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryContributionContentResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryContributionContentResponse";
                };

                return QueryContributionContentResponse;
            })();

            v1.QueryTokenSequenceRequest = (function() {

                /**
                 * Properties of a QueryTokenSequenceRequest.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryTokenSequenceRequest
                 * @property {number|Long|null} [contributionId] QueryTokenSequenceRequest contributionId
                 */

                /**
                 * Constructs a new QueryTokenSequenceRequest.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryTokenSequenceRequest.
                 * @implements IQueryTokenSequenceRequest
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryTokenSequenceRequest=} [properties] Properties to set
                 */
                function QueryTokenSequenceRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryTokenSequenceRequest contributionId.
                 * @member {number|Long} contributionId
                 * @memberof tributary.datanet.v1.QueryTokenSequenceRequest
                 * @instance
                 */
                QueryTokenSequenceRequest.prototype.contributionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified QueryTokenSequenceRequest message. Does not implicitly {@link tributary.datanet.v1.QueryTokenSequenceRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryTokenSequenceRequest
                 * @static
                 * @param {tributary.datanet.v1.IQueryTokenSequenceRequest} message QueryTokenSequenceRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryTokenSequenceRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.contributionId != null && Object.hasOwnProperty.call(message, "contributionId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.contributionId);
                    return writer;
                };

                /**
                 * Decodes a QueryTokenSequenceRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryTokenSequenceRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryTokenSequenceRequest} QueryTokenSequenceRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryTokenSequenceRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryTokenSequenceRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.contributionId = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryTokenSequenceRequest
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryTokenSequenceRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryTokenSequenceRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryTokenSequenceRequest";
                };

                return QueryTokenSequenceRequest;
            })();

            v1.QueryTokenSequenceResponse = (function() {

                /**
                 * Properties of a QueryTokenSequenceResponse.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryTokenSequenceResponse
                 * @property {tributary.datanet.v1.ITokenSequence|null} [sequence] QueryTokenSequenceResponse sequence
                 */

                /**
                 * Constructs a new QueryTokenSequenceResponse.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryTokenSequenceResponse.
                 * @implements IQueryTokenSequenceResponse
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryTokenSequenceResponse=} [properties] Properties to set
                 */
                function QueryTokenSequenceResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryTokenSequenceResponse sequence.
                 * @member {tributary.datanet.v1.ITokenSequence|null|undefined} sequence
                 * @memberof tributary.datanet.v1.QueryTokenSequenceResponse
                 * @instance
                 */
                QueryTokenSequenceResponse.prototype.sequence = null;

                /**
                 * Encodes the specified QueryTokenSequenceResponse message. Does not implicitly {@link tributary.datanet.v1.QueryTokenSequenceResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryTokenSequenceResponse
                 * @static
                 * @param {tributary.datanet.v1.IQueryTokenSequenceResponse} message QueryTokenSequenceResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryTokenSequenceResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.sequence != null && Object.hasOwnProperty.call(message, "sequence"))
                        $root.tributary.datanet.v1.TokenSequence.encode(message.sequence, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryTokenSequenceResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryTokenSequenceResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryTokenSequenceResponse} QueryTokenSequenceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryTokenSequenceResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryTokenSequenceResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.sequence = $root.tributary.datanet.v1.TokenSequence.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryTokenSequenceResponse
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryTokenSequenceResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryTokenSequenceResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryTokenSequenceResponse";
                };

                return QueryTokenSequenceResponse;
            })();

            v1.QueryVersionRequest = (function() {

                /**
                 * Properties of a QueryVersionRequest.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryVersionRequest
                 * @property {number|Long|null} [datanetId] QueryVersionRequest datanetId
                 * @property {number|Long|null} [number] QueryVersionRequest number
                 */

                /**
                 * Constructs a new QueryVersionRequest.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryVersionRequest.
                 * @implements IQueryVersionRequest
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryVersionRequest=} [properties] Properties to set
                 */
                function QueryVersionRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryVersionRequest datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.datanet.v1.QueryVersionRequest
                 * @instance
                 */
                QueryVersionRequest.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryVersionRequest number.
                 * @member {number|Long} number
                 * @memberof tributary.datanet.v1.QueryVersionRequest
                 * @instance
                 */
                QueryVersionRequest.prototype.number = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified QueryVersionRequest message. Does not implicitly {@link tributary.datanet.v1.QueryVersionRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryVersionRequest
                 * @static
                 * @param {tributary.datanet.v1.IQueryVersionRequest} message QueryVersionRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryVersionRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.datanetId);
                    if (message.number != null && Object.hasOwnProperty.call(message, "number"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.number);
                    return writer;
                };

                /**
                 * Decodes a QueryVersionRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryVersionRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryVersionRequest} QueryVersionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryVersionRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryVersionRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.number = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryVersionRequest
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryVersionRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryVersionRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryVersionRequest";
                };

                return QueryVersionRequest;
            })();

            v1.QueryVersionResponse = (function() {

                /**
                 * Properties of a QueryVersionResponse.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryVersionResponse
                 * @property {tributary.datanet.v1.IDatanetVersion|null} [version] QueryVersionResponse version
                 */

                /**
                 * Constructs a new QueryVersionResponse.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryVersionResponse.
                 * @implements IQueryVersionResponse
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryVersionResponse=} [properties] Properties to set
                 */
                function QueryVersionResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryVersionResponse version.
                 * @member {tributary.datanet.v1.IDatanetVersion|null|undefined} version
                 * @memberof tributary.datanet.v1.QueryVersionResponse
                 * @instance
                 */
                QueryVersionResponse.prototype.version = null;

                /**
                 * Encodes the specified QueryVersionResponse message. Does not implicitly {@link tributary.datanet.v1.QueryVersionResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryVersionResponse
                 * @static
                 * @param {tributary.datanet.v1.IQueryVersionResponse} message QueryVersionResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryVersionResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        $root.tributary.datanet.v1.DatanetVersion.encode(message.version, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryVersionResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryVersionResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryVersionResponse} QueryVersionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryVersionResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryVersionResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.version = $root.tributary.datanet.v1.DatanetVersion.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryVersionResponse
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryVersionResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryVersionResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryVersionResponse";
                };

                return QueryVersionResponse;
            })();

            v1.QueryVersionsRequest = (function() {

                /**
                 * Properties of a QueryVersionsRequest.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryVersionsRequest
                 * @property {number|Long|null} [datanetId] QueryVersionsRequest datanetId
                 * @property {cosmos.base.query.v1beta1.IPageRequest|null} [pagination] QueryVersionsRequest pagination
                 */

                /**
                 * Constructs a new QueryVersionsRequest.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryVersionsRequest.
                 * @implements IQueryVersionsRequest
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryVersionsRequest=} [properties] Properties to set
                 */
                function QueryVersionsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryVersionsRequest datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.datanet.v1.QueryVersionsRequest
                 * @instance
                 */
                QueryVersionsRequest.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryVersionsRequest pagination.
                 * @member {cosmos.base.query.v1beta1.IPageRequest|null|undefined} pagination
                 * @memberof tributary.datanet.v1.QueryVersionsRequest
                 * @instance
                 */
                QueryVersionsRequest.prototype.pagination = null;

                /**
                 * Encodes the specified QueryVersionsRequest message. Does not implicitly {@link tributary.datanet.v1.QueryVersionsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryVersionsRequest
                 * @static
                 * @param {tributary.datanet.v1.IQueryVersionsRequest} message QueryVersionsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryVersionsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.datanetId);
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageRequest.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryVersionsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryVersionsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryVersionsRequest} QueryVersionsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryVersionsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryVersionsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryVersionsRequest
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryVersionsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryVersionsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryVersionsRequest";
                };

                return QueryVersionsRequest;
            })();

            v1.QueryVersionsResponse = (function() {

                /**
                 * Properties of a QueryVersionsResponse.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryVersionsResponse
                 * @property {Array.<tributary.datanet.v1.IDatanetVersion>|null} [versions] QueryVersionsResponse versions
                 * @property {cosmos.base.query.v1beta1.IPageResponse|null} [pagination] QueryVersionsResponse pagination
                 */

                /**
                 * Constructs a new QueryVersionsResponse.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryVersionsResponse.
                 * @implements IQueryVersionsResponse
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryVersionsResponse=} [properties] Properties to set
                 */
                function QueryVersionsResponse(properties) {
                    this.versions = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryVersionsResponse versions.
                 * @member {Array.<tributary.datanet.v1.IDatanetVersion>} versions
                 * @memberof tributary.datanet.v1.QueryVersionsResponse
                 * @instance
                 */
                QueryVersionsResponse.prototype.versions = $util.emptyArray;

                /**
                 * QueryVersionsResponse pagination.
                 * @member {cosmos.base.query.v1beta1.IPageResponse|null|undefined} pagination
                 * @memberof tributary.datanet.v1.QueryVersionsResponse
                 * @instance
                 */
                QueryVersionsResponse.prototype.pagination = null;

                /**
                 * Encodes the specified QueryVersionsResponse message. Does not implicitly {@link tributary.datanet.v1.QueryVersionsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryVersionsResponse
                 * @static
                 * @param {tributary.datanet.v1.IQueryVersionsResponse} message QueryVersionsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryVersionsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.versions != null && message.versions.length)
                        for (let i = 0; i < message.versions.length; ++i)
                            $root.tributary.datanet.v1.DatanetVersion.encode(message.versions[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageResponse.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryVersionsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryVersionsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryVersionsResponse} QueryVersionsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryVersionsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryVersionsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.versions && message.versions.length))
                                    message.versions = [];
                                message.versions.push($root.tributary.datanet.v1.DatanetVersion.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 2: {
                                message.pagination = $root.cosmos.base.query.v1beta1.PageResponse.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryVersionsResponse
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryVersionsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryVersionsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryVersionsResponse";
                };

                return QueryVersionsResponse;
            })();

            v1.QueryVersionContributionsRequest = (function() {

                /**
                 * Properties of a QueryVersionContributionsRequest.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryVersionContributionsRequest
                 * @property {number|Long|null} [datanetId] QueryVersionContributionsRequest datanetId
                 * @property {number|Long|null} [number] QueryVersionContributionsRequest number
                 * @property {cosmos.base.query.v1beta1.IPageRequest|null} [pagination] QueryVersionContributionsRequest pagination
                 */

                /**
                 * Constructs a new QueryVersionContributionsRequest.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryVersionContributionsRequest.
                 * @implements IQueryVersionContributionsRequest
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryVersionContributionsRequest=} [properties] Properties to set
                 */
                function QueryVersionContributionsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryVersionContributionsRequest datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.datanet.v1.QueryVersionContributionsRequest
                 * @instance
                 */
                QueryVersionContributionsRequest.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryVersionContributionsRequest number.
                 * @member {number|Long} number
                 * @memberof tributary.datanet.v1.QueryVersionContributionsRequest
                 * @instance
                 */
                QueryVersionContributionsRequest.prototype.number = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryVersionContributionsRequest pagination.
                 * @member {cosmos.base.query.v1beta1.IPageRequest|null|undefined} pagination
                 * @memberof tributary.datanet.v1.QueryVersionContributionsRequest
                 * @instance
                 */
                QueryVersionContributionsRequest.prototype.pagination = null;

                /**
                 * Encodes the specified QueryVersionContributionsRequest message. Does not implicitly {@link tributary.datanet.v1.QueryVersionContributionsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryVersionContributionsRequest
                 * @static
                 * @param {tributary.datanet.v1.IQueryVersionContributionsRequest} message QueryVersionContributionsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryVersionContributionsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.datanetId);
                    if (message.number != null && Object.hasOwnProperty.call(message, "number"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.number);
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageRequest.encode(message.pagination, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryVersionContributionsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryVersionContributionsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryVersionContributionsRequest} QueryVersionContributionsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryVersionContributionsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryVersionContributionsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.number = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryVersionContributionsRequest
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryVersionContributionsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryVersionContributionsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryVersionContributionsRequest";
                };

                return QueryVersionContributionsRequest;
            })();

            v1.QueryVersionContributionsResponse = (function() {

                /**
                 * Properties of a QueryVersionContributionsResponse.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryVersionContributionsResponse
                 * @property {Array.<number|Long>|null} [contributionIds] QueryVersionContributionsResponse contributionIds
                 * @property {cosmos.base.query.v1beta1.IPageResponse|null} [pagination] QueryVersionContributionsResponse pagination
                 */

                /**
                 * Constructs a new QueryVersionContributionsResponse.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryVersionContributionsResponse.
                 * @implements IQueryVersionContributionsResponse
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryVersionContributionsResponse=} [properties] Properties to set
                 */
                function QueryVersionContributionsResponse(properties) {
                    this.contributionIds = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryVersionContributionsResponse contributionIds.
                 * @member {Array.<number|Long>} contributionIds
                 * @memberof tributary.datanet.v1.QueryVersionContributionsResponse
                 * @instance
                 */
                QueryVersionContributionsResponse.prototype.contributionIds = $util.emptyArray;

                /**
                 * QueryVersionContributionsResponse pagination.
                 * @member {cosmos.base.query.v1beta1.IPageResponse|null|undefined} pagination
                 * @memberof tributary.datanet.v1.QueryVersionContributionsResponse
                 * @instance
                 */
                QueryVersionContributionsResponse.prototype.pagination = null;

                /**
                 * Encodes the specified QueryVersionContributionsResponse message. Does not implicitly {@link tributary.datanet.v1.QueryVersionContributionsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryVersionContributionsResponse
                 * @static
                 * @param {tributary.datanet.v1.IQueryVersionContributionsResponse} message QueryVersionContributionsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryVersionContributionsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.contributionIds != null && message.contributionIds.length) {
                        writer.uint32(/* id 1, wireType 2 =*/10).fork();
                        for (let i = 0; i < message.contributionIds.length; ++i)
                            writer.uint64(message.contributionIds[i]);
                        writer.ldelim();
                    }
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageResponse.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryVersionContributionsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryVersionContributionsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryVersionContributionsResponse} QueryVersionContributionsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryVersionContributionsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryVersionContributionsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.contributionIds && message.contributionIds.length))
                                    message.contributionIds = [];
                                if ((tag & 7) === 2) {
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.contributionIds.push(reader.uint64());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.contributionIds.push(reader.uint64());
                                break;
                            }
                        case 2: {
                                message.pagination = $root.cosmos.base.query.v1beta1.PageResponse.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryVersionContributionsResponse
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryVersionContributionsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryVersionContributionsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryVersionContributionsResponse";
                };

                return QueryVersionContributionsResponse;
            })();

            v1.QueryContributorStatsRequest = (function() {

                /**
                 * Properties of a QueryContributorStatsRequest.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryContributorStatsRequest
                 * @property {string|null} [contributor] QueryContributorStatsRequest contributor
                 * @property {number|Long|null} [datanetId] QueryContributorStatsRequest datanetId
                 */

                /**
                 * Constructs a new QueryContributorStatsRequest.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryContributorStatsRequest.
                 * @implements IQueryContributorStatsRequest
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryContributorStatsRequest=} [properties] Properties to set
                 */
                function QueryContributorStatsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryContributorStatsRequest contributor.
                 * @member {string} contributor
                 * @memberof tributary.datanet.v1.QueryContributorStatsRequest
                 * @instance
                 */
                QueryContributorStatsRequest.prototype.contributor = "";

                /**
                 * QueryContributorStatsRequest datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.datanet.v1.QueryContributorStatsRequest
                 * @instance
                 */
                QueryContributorStatsRequest.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified QueryContributorStatsRequest message. Does not implicitly {@link tributary.datanet.v1.QueryContributorStatsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryContributorStatsRequest
                 * @static
                 * @param {tributary.datanet.v1.IQueryContributorStatsRequest} message QueryContributorStatsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryContributorStatsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.contributor != null && Object.hasOwnProperty.call(message, "contributor"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.contributor);
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.datanetId);
                    return writer;
                };

                /**
                 * Decodes a QueryContributorStatsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryContributorStatsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryContributorStatsRequest} QueryContributorStatsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryContributorStatsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryContributorStatsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.contributor = reader.string();
                                break;
                            }
                        case 2: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryContributorStatsRequest
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryContributorStatsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryContributorStatsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryContributorStatsRequest";
                };

                return QueryContributorStatsRequest;
            })();

            v1.QueryContributorStatsResponse = (function() {

                /**
                 * Properties of a QueryContributorStatsResponse.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryContributorStatsResponse
                 * @property {tributary.datanet.v1.IContributorCounters|null} [stats] QueryContributorStatsResponse stats
                 * @property {number|null} [acceptanceRateBps] QueryContributorStatsResponse acceptanceRateBps
                 */

                /**
                 * Constructs a new QueryContributorStatsResponse.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryContributorStatsResponse.
                 * @implements IQueryContributorStatsResponse
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryContributorStatsResponse=} [properties] Properties to set
                 */
                function QueryContributorStatsResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryContributorStatsResponse stats.
                 * @member {tributary.datanet.v1.IContributorCounters|null|undefined} stats
                 * @memberof tributary.datanet.v1.QueryContributorStatsResponse
                 * @instance
                 */
                QueryContributorStatsResponse.prototype.stats = null;

                /**
                 * QueryContributorStatsResponse acceptanceRateBps.
                 * @member {number} acceptanceRateBps
                 * @memberof tributary.datanet.v1.QueryContributorStatsResponse
                 * @instance
                 */
                QueryContributorStatsResponse.prototype.acceptanceRateBps = 0;

                /**
                 * Encodes the specified QueryContributorStatsResponse message. Does not implicitly {@link tributary.datanet.v1.QueryContributorStatsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryContributorStatsResponse
                 * @static
                 * @param {tributary.datanet.v1.IQueryContributorStatsResponse} message QueryContributorStatsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryContributorStatsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.stats != null && Object.hasOwnProperty.call(message, "stats"))
                        $root.tributary.datanet.v1.ContributorCounters.encode(message.stats, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.acceptanceRateBps != null && Object.hasOwnProperty.call(message, "acceptanceRateBps"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.acceptanceRateBps);
                    return writer;
                };

                /**
                 * Decodes a QueryContributorStatsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryContributorStatsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryContributorStatsResponse} QueryContributorStatsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryContributorStatsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryContributorStatsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.stats = $root.tributary.datanet.v1.ContributorCounters.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                message.acceptanceRateBps = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryContributorStatsResponse
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryContributorStatsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryContributorStatsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryContributorStatsResponse";
                };

                return QueryContributorStatsResponse;
            })();

            v1.QueryVocabularyRequest = (function() {

                /**
                 * Properties of a QueryVocabularyRequest.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryVocabularyRequest
                 * @property {number|Long|null} [datanetId] QueryVocabularyRequest datanetId
                 * @property {cosmos.base.query.v1beta1.IPageRequest|null} [pagination] QueryVocabularyRequest pagination
                 */

                /**
                 * Constructs a new QueryVocabularyRequest.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryVocabularyRequest.
                 * @implements IQueryVocabularyRequest
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryVocabularyRequest=} [properties] Properties to set
                 */
                function QueryVocabularyRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryVocabularyRequest datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.datanet.v1.QueryVocabularyRequest
                 * @instance
                 */
                QueryVocabularyRequest.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryVocabularyRequest pagination.
                 * @member {cosmos.base.query.v1beta1.IPageRequest|null|undefined} pagination
                 * @memberof tributary.datanet.v1.QueryVocabularyRequest
                 * @instance
                 */
                QueryVocabularyRequest.prototype.pagination = null;

                /**
                 * Encodes the specified QueryVocabularyRequest message. Does not implicitly {@link tributary.datanet.v1.QueryVocabularyRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryVocabularyRequest
                 * @static
                 * @param {tributary.datanet.v1.IQueryVocabularyRequest} message QueryVocabularyRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryVocabularyRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.datanetId);
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageRequest.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryVocabularyRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryVocabularyRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryVocabularyRequest} QueryVocabularyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryVocabularyRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryVocabularyRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryVocabularyRequest
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryVocabularyRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryVocabularyRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryVocabularyRequest";
                };

                return QueryVocabularyRequest;
            })();

            v1.VocabularyWord = (function() {

                /**
                 * Properties of a VocabularyWord.
                 * @memberof tributary.datanet.v1
                 * @interface IVocabularyWord
                 * @property {string|null} [word] VocabularyWord word
                 * @property {number|null} [id] VocabularyWord id
                 */

                /**
                 * Constructs a new VocabularyWord.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a VocabularyWord.
                 * @implements IVocabularyWord
                 * @constructor
                 * @param {tributary.datanet.v1.IVocabularyWord=} [properties] Properties to set
                 */
                function VocabularyWord(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * VocabularyWord word.
                 * @member {string} word
                 * @memberof tributary.datanet.v1.VocabularyWord
                 * @instance
                 */
                VocabularyWord.prototype.word = "";

                /**
                 * VocabularyWord id.
                 * @member {number} id
                 * @memberof tributary.datanet.v1.VocabularyWord
                 * @instance
                 */
                VocabularyWord.prototype.id = 0;

                /**
                 * Encodes the specified VocabularyWord message. Does not implicitly {@link tributary.datanet.v1.VocabularyWord.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.VocabularyWord
                 * @static
                 * @param {tributary.datanet.v1.IVocabularyWord} message VocabularyWord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                VocabularyWord.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.word != null && Object.hasOwnProperty.call(message, "word"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.word);
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.id);
                    return writer;
                };

                /**
                 * Decodes a VocabularyWord message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.VocabularyWord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.VocabularyWord} VocabularyWord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                VocabularyWord.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.VocabularyWord();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.word = reader.string();
                                break;
                            }
                        case 2: {
                                message.id = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for VocabularyWord
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.VocabularyWord
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                VocabularyWord.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.VocabularyWord";
                };

                return VocabularyWord;
            })();

            v1.QueryVocabularyResponse = (function() {

                /**
                 * Properties of a QueryVocabularyResponse.
                 * @memberof tributary.datanet.v1
                 * @interface IQueryVocabularyResponse
                 * @property {Array.<tributary.datanet.v1.IVocabularyWord>|null} [words] QueryVocabularyResponse words
                 * @property {cosmos.base.query.v1beta1.IPageResponse|null} [pagination] QueryVocabularyResponse pagination
                 */

                /**
                 * Constructs a new QueryVocabularyResponse.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QueryVocabularyResponse.
                 * @implements IQueryVocabularyResponse
                 * @constructor
                 * @param {tributary.datanet.v1.IQueryVocabularyResponse=} [properties] Properties to set
                 */
                function QueryVocabularyResponse(properties) {
                    this.words = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryVocabularyResponse words.
                 * @member {Array.<tributary.datanet.v1.IVocabularyWord>} words
                 * @memberof tributary.datanet.v1.QueryVocabularyResponse
                 * @instance
                 */
                QueryVocabularyResponse.prototype.words = $util.emptyArray;

                /**
                 * QueryVocabularyResponse pagination.
                 * @member {cosmos.base.query.v1beta1.IPageResponse|null|undefined} pagination
                 * @memberof tributary.datanet.v1.QueryVocabularyResponse
                 * @instance
                 */
                QueryVocabularyResponse.prototype.pagination = null;

                /**
                 * Encodes the specified QueryVocabularyResponse message. Does not implicitly {@link tributary.datanet.v1.QueryVocabularyResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QueryVocabularyResponse
                 * @static
                 * @param {tributary.datanet.v1.IQueryVocabularyResponse} message QueryVocabularyResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryVocabularyResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.words != null && message.words.length)
                        for (let i = 0; i < message.words.length; ++i)
                            $root.tributary.datanet.v1.VocabularyWord.encode(message.words[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageResponse.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryVocabularyResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QueryVocabularyResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QueryVocabularyResponse} QueryVocabularyResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryVocabularyResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QueryVocabularyResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.words && message.words.length))
                                    message.words = [];
                                message.words.push($root.tributary.datanet.v1.VocabularyWord.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 2: {
                                message.pagination = $root.cosmos.base.query.v1beta1.PageResponse.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryVocabularyResponse
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QueryVocabularyResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryVocabularyResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QueryVocabularyResponse";
                };

                return QueryVocabularyResponse;
            })();

            /**
             * CurationPolicy enum.
             * @name tributary.datanet.v1.CurationPolicy
             * @enum {number}
             * @property {number} CURATION_POLICY_UNSPECIFIED=0 CURATION_POLICY_UNSPECIFIED value
             * @property {number} CURATION_POLICY_OPEN=1 CURATION_POLICY_OPEN value
             * @property {number} CURATION_POLICY_CURATED=2 CURATION_POLICY_CURATED value
             */
            v1.CurationPolicy = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "CURATION_POLICY_UNSPECIFIED"] = 0;
                values[valuesById[1] = "CURATION_POLICY_OPEN"] = 1;
                values[valuesById[2] = "CURATION_POLICY_CURATED"] = 2;
                return values;
            })();

            /**
             * DatanetStatus enum.
             * @name tributary.datanet.v1.DatanetStatus
             * @enum {number}
             * @property {number} DATANET_STATUS_UNSPECIFIED=0 DATANET_STATUS_UNSPECIFIED value
             * @property {number} DATANET_STATUS_ACTIVE=1 DATANET_STATUS_ACTIVE value
             * @property {number} DATANET_STATUS_CLOSED=2 DATANET_STATUS_CLOSED value
             */
            v1.DatanetStatus = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "DATANET_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "DATANET_STATUS_ACTIVE"] = 1;
                values[valuesById[2] = "DATANET_STATUS_CLOSED"] = 2;
                return values;
            })();

            /**
             * ContributionStatus enum.
             * @name tributary.datanet.v1.ContributionStatus
             * @enum {number}
             * @property {number} CONTRIBUTION_STATUS_UNSPECIFIED=0 CONTRIBUTION_STATUS_UNSPECIFIED value
             * @property {number} CONTRIBUTION_STATUS_PENDING=1 CONTRIBUTION_STATUS_PENDING value
             * @property {number} CONTRIBUTION_STATUS_ACCEPTED=2 CONTRIBUTION_STATUS_ACCEPTED value
             * @property {number} CONTRIBUTION_STATUS_REJECTED=3 CONTRIBUTION_STATUS_REJECTED value
             * @property {number} CONTRIBUTION_STATUS_WITHDRAWN=4 CONTRIBUTION_STATUS_WITHDRAWN value
             */
            v1.ContributionStatus = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "CONTRIBUTION_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "CONTRIBUTION_STATUS_PENDING"] = 1;
                values[valuesById[2] = "CONTRIBUTION_STATUS_ACCEPTED"] = 2;
                values[valuesById[3] = "CONTRIBUTION_STATUS_REJECTED"] = 3;
                values[valuesById[4] = "CONTRIBUTION_STATUS_WITHDRAWN"] = 4;
                return values;
            })();

            v1.DatanetMetadata = (function() {

                /**
                 * Properties of a DatanetMetadata.
                 * @memberof tributary.datanet.v1
                 * @interface IDatanetMetadata
                 * @property {string|null} [name] DatanetMetadata name
                 * @property {Array.<string>|null} [tags] DatanetMetadata tags
                 * @property {string|null} [description] DatanetMetadata description
                 * @property {string|null} [licence] DatanetMetadata licence
                 */

                /**
                 * Constructs a new DatanetMetadata.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a DatanetMetadata.
                 * @implements IDatanetMetadata
                 * @constructor
                 * @param {tributary.datanet.v1.IDatanetMetadata=} [properties] Properties to set
                 */
                function DatanetMetadata(properties) {
                    this.tags = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * DatanetMetadata name.
                 * @member {string} name
                 * @memberof tributary.datanet.v1.DatanetMetadata
                 * @instance
                 */
                DatanetMetadata.prototype.name = "";

                /**
                 * DatanetMetadata tags.
                 * @member {Array.<string>} tags
                 * @memberof tributary.datanet.v1.DatanetMetadata
                 * @instance
                 */
                DatanetMetadata.prototype.tags = $util.emptyArray;

                /**
                 * DatanetMetadata description.
                 * @member {string} description
                 * @memberof tributary.datanet.v1.DatanetMetadata
                 * @instance
                 */
                DatanetMetadata.prototype.description = "";

                /**
                 * DatanetMetadata licence.
                 * @member {string} licence
                 * @memberof tributary.datanet.v1.DatanetMetadata
                 * @instance
                 */
                DatanetMetadata.prototype.licence = "";

                /**
                 * Encodes the specified DatanetMetadata message. Does not implicitly {@link tributary.datanet.v1.DatanetMetadata.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.DatanetMetadata
                 * @static
                 * @param {tributary.datanet.v1.IDatanetMetadata} message DatanetMetadata message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DatanetMetadata.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.tags != null && message.tags.length)
                        for (let i = 0; i < message.tags.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.tags[i]);
                    if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.description);
                    if (message.licence != null && Object.hasOwnProperty.call(message, "licence"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.licence);
                    return writer;
                };

                /**
                 * Decodes a DatanetMetadata message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.DatanetMetadata
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.DatanetMetadata} DatanetMetadata
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DatanetMetadata.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.DatanetMetadata();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.name = reader.string();
                                break;
                            }
                        case 2: {
                                if (!(message.tags && message.tags.length))
                                    message.tags = [];
                                message.tags.push(reader.string());
                                break;
                            }
                        case 3: {
                                message.description = reader.string();
                                break;
                            }
                        case 4: {
                                message.licence = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for DatanetMetadata
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.DatanetMetadata
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                DatanetMetadata.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.DatanetMetadata";
                };

                return DatanetMetadata;
            })();

            v1.RecordLimits = (function() {

                /**
                 * Properties of a RecordLimits.
                 * @memberof tributary.datanet.v1
                 * @interface IRecordLimits
                 * @property {number|null} [minTokens] RecordLimits minTokens
                 * @property {number|null} [maxTokens] RecordLimits maxTokens
                 * @property {number|null} [maxBytes] RecordLimits maxBytes
                 */

                /**
                 * Constructs a new RecordLimits.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a RecordLimits.
                 * @implements IRecordLimits
                 * @constructor
                 * @param {tributary.datanet.v1.IRecordLimits=} [properties] Properties to set
                 */
                function RecordLimits(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * RecordLimits minTokens.
                 * @member {number} minTokens
                 * @memberof tributary.datanet.v1.RecordLimits
                 * @instance
                 */
                RecordLimits.prototype.minTokens = 0;

                /**
                 * RecordLimits maxTokens.
                 * @member {number} maxTokens
                 * @memberof tributary.datanet.v1.RecordLimits
                 * @instance
                 */
                RecordLimits.prototype.maxTokens = 0;

                /**
                 * RecordLimits maxBytes.
                 * @member {number} maxBytes
                 * @memberof tributary.datanet.v1.RecordLimits
                 * @instance
                 */
                RecordLimits.prototype.maxBytes = 0;

                /**
                 * Encodes the specified RecordLimits message. Does not implicitly {@link tributary.datanet.v1.RecordLimits.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.RecordLimits
                 * @static
                 * @param {tributary.datanet.v1.IRecordLimits} message RecordLimits message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RecordLimits.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.minTokens != null && Object.hasOwnProperty.call(message, "minTokens"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.minTokens);
                    if (message.maxTokens != null && Object.hasOwnProperty.call(message, "maxTokens"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.maxTokens);
                    if (message.maxBytes != null && Object.hasOwnProperty.call(message, "maxBytes"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.maxBytes);
                    return writer;
                };

                /**
                 * Decodes a RecordLimits message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.RecordLimits
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.RecordLimits} RecordLimits
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RecordLimits.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.RecordLimits();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.minTokens = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.maxTokens = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.maxBytes = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for RecordLimits
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.RecordLimits
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                RecordLimits.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.RecordLimits";
                };

                return RecordLimits;
            })();

            v1.DatanetPolicy = (function() {

                /**
                 * Properties of a DatanetPolicy.
                 * @memberof tributary.datanet.v1
                 * @interface IDatanetPolicy
                 * @property {tributary.datanet.v1.CurationPolicy|null} [curation] DatanetPolicy curation
                 * @property {boolean|null} [piiRedaction] DatanetPolicy piiRedaction
                 * @property {cosmos.base.v1beta1.ICoin|null} [contributionDeposit] DatanetPolicy contributionDeposit
                 * @property {tributary.datanet.v1.IRecordLimits|null} [limits] DatanetPolicy limits
                 */

                /**
                 * Constructs a new DatanetPolicy.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a DatanetPolicy.
                 * @implements IDatanetPolicy
                 * @constructor
                 * @param {tributary.datanet.v1.IDatanetPolicy=} [properties] Properties to set
                 */
                function DatanetPolicy(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * DatanetPolicy curation.
                 * @member {tributary.datanet.v1.CurationPolicy} curation
                 * @memberof tributary.datanet.v1.DatanetPolicy
                 * @instance
                 */
                DatanetPolicy.prototype.curation = 0;

                /**
                 * DatanetPolicy piiRedaction.
                 * @member {boolean} piiRedaction
                 * @memberof tributary.datanet.v1.DatanetPolicy
                 * @instance
                 */
                DatanetPolicy.prototype.piiRedaction = false;

                /**
                 * DatanetPolicy contributionDeposit.
                 * @member {cosmos.base.v1beta1.ICoin|null|undefined} contributionDeposit
                 * @memberof tributary.datanet.v1.DatanetPolicy
                 * @instance
                 */
                DatanetPolicy.prototype.contributionDeposit = null;

                /**
                 * DatanetPolicy limits.
                 * @member {tributary.datanet.v1.IRecordLimits|null|undefined} limits
                 * @memberof tributary.datanet.v1.DatanetPolicy
                 * @instance
                 */
                DatanetPolicy.prototype.limits = null;

                /**
                 * Encodes the specified DatanetPolicy message. Does not implicitly {@link tributary.datanet.v1.DatanetPolicy.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.DatanetPolicy
                 * @static
                 * @param {tributary.datanet.v1.IDatanetPolicy} message DatanetPolicy message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DatanetPolicy.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.curation != null && Object.hasOwnProperty.call(message, "curation"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.curation);
                    if (message.piiRedaction != null && Object.hasOwnProperty.call(message, "piiRedaction"))
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.piiRedaction);
                    if (message.contributionDeposit != null && Object.hasOwnProperty.call(message, "contributionDeposit"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.contributionDeposit, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.limits != null && Object.hasOwnProperty.call(message, "limits"))
                        $root.tributary.datanet.v1.RecordLimits.encode(message.limits, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a DatanetPolicy message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.DatanetPolicy
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.DatanetPolicy} DatanetPolicy
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DatanetPolicy.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.DatanetPolicy();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.curation = reader.int32();
                                break;
                            }
                        case 2: {
                                message.piiRedaction = reader.bool();
                                break;
                            }
                        case 3: {
                                message.contributionDeposit = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 4: {
                                message.limits = $root.tributary.datanet.v1.RecordLimits.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for DatanetPolicy
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.DatanetPolicy
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                DatanetPolicy.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.DatanetPolicy";
                };

                return DatanetPolicy;
            })();

            v1.Datanet = (function() {

                /**
                 * Properties of a Datanet.
                 * @memberof tributary.datanet.v1
                 * @interface IDatanet
                 * @property {number|Long|null} [id] Datanet id
                 * @property {string|null} [owner] Datanet owner
                 * @property {tributary.datanet.v1.IDatanetMetadata|null} [metadata] Datanet metadata
                 * @property {tributary.datanet.v1.IDatanetPolicy|null} [policy] Datanet policy
                 * @property {Array.<string>|null} [curators] Datanet curators
                 * @property {tributary.datanet.v1.DatanetStatus|null} [status] Datanet status
                 * @property {number|Long|null} [createdHeight] Datanet createdHeight
                 */

                /**
                 * Constructs a new Datanet.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a Datanet.
                 * @implements IDatanet
                 * @constructor
                 * @param {tributary.datanet.v1.IDatanet=} [properties] Properties to set
                 */
                function Datanet(properties) {
                    this.curators = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Datanet id.
                 * @member {number|Long} id
                 * @memberof tributary.datanet.v1.Datanet
                 * @instance
                 */
                Datanet.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Datanet owner.
                 * @member {string} owner
                 * @memberof tributary.datanet.v1.Datanet
                 * @instance
                 */
                Datanet.prototype.owner = "";

                /**
                 * Datanet metadata.
                 * @member {tributary.datanet.v1.IDatanetMetadata|null|undefined} metadata
                 * @memberof tributary.datanet.v1.Datanet
                 * @instance
                 */
                Datanet.prototype.metadata = null;

                /**
                 * Datanet policy.
                 * @member {tributary.datanet.v1.IDatanetPolicy|null|undefined} policy
                 * @memberof tributary.datanet.v1.Datanet
                 * @instance
                 */
                Datanet.prototype.policy = null;

                /**
                 * Datanet curators.
                 * @member {Array.<string>} curators
                 * @memberof tributary.datanet.v1.Datanet
                 * @instance
                 */
                Datanet.prototype.curators = $util.emptyArray;

                /**
                 * Datanet status.
                 * @member {tributary.datanet.v1.DatanetStatus} status
                 * @memberof tributary.datanet.v1.Datanet
                 * @instance
                 */
                Datanet.prototype.status = 0;

                /**
                 * Datanet createdHeight.
                 * @member {number|Long} createdHeight
                 * @memberof tributary.datanet.v1.Datanet
                 * @instance
                 */
                Datanet.prototype.createdHeight = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Encodes the specified Datanet message. Does not implicitly {@link tributary.datanet.v1.Datanet.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.Datanet
                 * @static
                 * @param {tributary.datanet.v1.IDatanet} message Datanet message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Datanet.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.owner != null && Object.hasOwnProperty.call(message, "owner"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.owner);
                    if (message.metadata != null && Object.hasOwnProperty.call(message, "metadata"))
                        $root.tributary.datanet.v1.DatanetMetadata.encode(message.metadata, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.policy != null && Object.hasOwnProperty.call(message, "policy"))
                        $root.tributary.datanet.v1.DatanetPolicy.encode(message.policy, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (message.curators != null && message.curators.length)
                        for (let i = 0; i < message.curators.length; ++i)
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.curators[i]);
                    if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                        writer.uint32(/* id 6, wireType 0 =*/48).int32(message.status);
                    if (message.createdHeight != null && Object.hasOwnProperty.call(message, "createdHeight"))
                        writer.uint32(/* id 7, wireType 0 =*/56).int64(message.createdHeight);
                    return writer;
                };

                /**
                 * Decodes a Datanet message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.Datanet
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.Datanet} Datanet
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Datanet.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.Datanet();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.owner = reader.string();
                                break;
                            }
                        case 3: {
                                message.metadata = $root.tributary.datanet.v1.DatanetMetadata.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 4: {
                                message.policy = $root.tributary.datanet.v1.DatanetPolicy.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 5: {
                                if (!(message.curators && message.curators.length))
                                    message.curators = [];
                                message.curators.push(reader.string());
                                break;
                            }
                        case 6: {
                                message.status = reader.int32();
                                break;
                            }
                        case 7: {
                                message.createdHeight = reader.int64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for Datanet
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.Datanet
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Datanet.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.Datanet";
                };

                return Datanet;
            })();

            v1.DatanetCounters = (function() {

                /**
                 * Properties of a DatanetCounters.
                 * @memberof tributary.datanet.v1
                 * @interface IDatanetCounters
                 * @property {number|Long|null} [pending] DatanetCounters pending
                 * @property {number|Long|null} [accepted] DatanetCounters accepted
                 * @property {number|Long|null} [acceptedTokens] DatanetCounters acceptedTokens
                 * @property {number|null} [nextWordId] DatanetCounters nextWordId
                 * @property {number|Long|null} [latestVersion] DatanetCounters latestVersion
                 */

                /**
                 * Constructs a new DatanetCounters.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a DatanetCounters.
                 * @implements IDatanetCounters
                 * @constructor
                 * @param {tributary.datanet.v1.IDatanetCounters=} [properties] Properties to set
                 */
                function DatanetCounters(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * DatanetCounters pending.
                 * @member {number|Long} pending
                 * @memberof tributary.datanet.v1.DatanetCounters
                 * @instance
                 */
                DatanetCounters.prototype.pending = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DatanetCounters accepted.
                 * @member {number|Long} accepted
                 * @memberof tributary.datanet.v1.DatanetCounters
                 * @instance
                 */
                DatanetCounters.prototype.accepted = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DatanetCounters acceptedTokens.
                 * @member {number|Long} acceptedTokens
                 * @memberof tributary.datanet.v1.DatanetCounters
                 * @instance
                 */
                DatanetCounters.prototype.acceptedTokens = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DatanetCounters nextWordId.
                 * @member {number} nextWordId
                 * @memberof tributary.datanet.v1.DatanetCounters
                 * @instance
                 */
                DatanetCounters.prototype.nextWordId = 0;

                /**
                 * DatanetCounters latestVersion.
                 * @member {number|Long} latestVersion
                 * @memberof tributary.datanet.v1.DatanetCounters
                 * @instance
                 */
                DatanetCounters.prototype.latestVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified DatanetCounters message. Does not implicitly {@link tributary.datanet.v1.DatanetCounters.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.DatanetCounters
                 * @static
                 * @param {tributary.datanet.v1.IDatanetCounters} message DatanetCounters message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DatanetCounters.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.pending != null && Object.hasOwnProperty.call(message, "pending"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.pending);
                    if (message.accepted != null && Object.hasOwnProperty.call(message, "accepted"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.accepted);
                    if (message.acceptedTokens != null && Object.hasOwnProperty.call(message, "acceptedTokens"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.acceptedTokens);
                    if (message.nextWordId != null && Object.hasOwnProperty.call(message, "nextWordId"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.nextWordId);
                    if (message.latestVersion != null && Object.hasOwnProperty.call(message, "latestVersion"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.latestVersion);
                    return writer;
                };

                /**
                 * Decodes a DatanetCounters message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.DatanetCounters
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.DatanetCounters} DatanetCounters
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DatanetCounters.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.DatanetCounters();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.pending = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.accepted = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.acceptedTokens = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.nextWordId = reader.uint32();
                                break;
                            }
                        case 5: {
                                message.latestVersion = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for DatanetCounters
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.DatanetCounters
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                DatanetCounters.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.DatanetCounters";
                };

                return DatanetCounters;
            })();

            v1.KeyValue = (function() {

                /**
                 * Properties of a KeyValue.
                 * @memberof tributary.datanet.v1
                 * @interface IKeyValue
                 * @property {string|null} [key] KeyValue key
                 * @property {string|null} [value] KeyValue value
                 */

                /**
                 * Constructs a new KeyValue.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a KeyValue.
                 * @implements IKeyValue
                 * @constructor
                 * @param {tributary.datanet.v1.IKeyValue=} [properties] Properties to set
                 */
                function KeyValue(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * KeyValue key.
                 * @member {string} key
                 * @memberof tributary.datanet.v1.KeyValue
                 * @instance
                 */
                KeyValue.prototype.key = "";

                /**
                 * KeyValue value.
                 * @member {string} value
                 * @memberof tributary.datanet.v1.KeyValue
                 * @instance
                 */
                KeyValue.prototype.value = "";

                /**
                 * Encodes the specified KeyValue message. Does not implicitly {@link tributary.datanet.v1.KeyValue.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.KeyValue
                 * @static
                 * @param {tributary.datanet.v1.IKeyValue} message KeyValue message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KeyValue.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                    if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                    return writer;
                };

                /**
                 * Decodes a KeyValue message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.KeyValue
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.KeyValue} KeyValue
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                KeyValue.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.KeyValue();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.key = reader.string();
                                break;
                            }
                        case 2: {
                                message.value = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for KeyValue
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.KeyValue
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                KeyValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.KeyValue";
                };

                return KeyValue;
            })();

            v1.ContributionMetadata = (function() {

                /**
                 * Properties of a ContributionMetadata.
                 * @memberof tributary.datanet.v1
                 * @interface IContributionMetadata
                 * @property {string|null} [title] ContributionMetadata title
                 * @property {string|null} [source] ContributionMetadata source
                 * @property {string|null} [licence] ContributionMetadata licence
                 * @property {Array.<tributary.datanet.v1.IKeyValue>|null} [extra] ContributionMetadata extra
                 */

                /**
                 * Constructs a new ContributionMetadata.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a ContributionMetadata.
                 * @implements IContributionMetadata
                 * @constructor
                 * @param {tributary.datanet.v1.IContributionMetadata=} [properties] Properties to set
                 */
                function ContributionMetadata(properties) {
                    this.extra = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ContributionMetadata title.
                 * @member {string} title
                 * @memberof tributary.datanet.v1.ContributionMetadata
                 * @instance
                 */
                ContributionMetadata.prototype.title = "";

                /**
                 * ContributionMetadata source.
                 * @member {string} source
                 * @memberof tributary.datanet.v1.ContributionMetadata
                 * @instance
                 */
                ContributionMetadata.prototype.source = "";

                /**
                 * ContributionMetadata licence.
                 * @member {string} licence
                 * @memberof tributary.datanet.v1.ContributionMetadata
                 * @instance
                 */
                ContributionMetadata.prototype.licence = "";

                /**
                 * ContributionMetadata extra.
                 * @member {Array.<tributary.datanet.v1.IKeyValue>} extra
                 * @memberof tributary.datanet.v1.ContributionMetadata
                 * @instance
                 */
                ContributionMetadata.prototype.extra = $util.emptyArray;

                /**
                 * Encodes the specified ContributionMetadata message. Does not implicitly {@link tributary.datanet.v1.ContributionMetadata.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.ContributionMetadata
                 * @static
                 * @param {tributary.datanet.v1.IContributionMetadata} message ContributionMetadata message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ContributionMetadata.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.title != null && Object.hasOwnProperty.call(message, "title"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.title);
                    if (message.source != null && Object.hasOwnProperty.call(message, "source"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.source);
                    if (message.licence != null && Object.hasOwnProperty.call(message, "licence"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.licence);
                    if (message.extra != null && message.extra.length)
                        for (let i = 0; i < message.extra.length; ++i)
                            $root.tributary.datanet.v1.KeyValue.encode(message.extra[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a ContributionMetadata message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.ContributionMetadata
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.ContributionMetadata} ContributionMetadata
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ContributionMetadata.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.ContributionMetadata();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.title = reader.string();
                                break;
                            }
                        case 2: {
                                message.source = reader.string();
                                break;
                            }
                        case 3: {
                                message.licence = reader.string();
                                break;
                            }
                        case 4: {
                                if (!(message.extra && message.extra.length))
                                    message.extra = [];
                                message.extra.push($root.tributary.datanet.v1.KeyValue.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ContributionMetadata
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.ContributionMetadata
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ContributionMetadata.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.ContributionMetadata";
                };

                return ContributionMetadata;
            })();

            v1.Contribution = (function() {

                /**
                 * Properties of a Contribution.
                 * @memberof tributary.datanet.v1
                 * @interface IContribution
                 * @property {number|Long|null} [id] Contribution id
                 * @property {number|Long|null} [datanetId] Contribution datanetId
                 * @property {string|null} [contributor] Contribution contributor
                 * @property {Uint8Array|null} [contentHash] Contribution contentHash
                 * @property {number|Long|null} [bytes] Contribution bytes
                 * @property {number|null} [tokens] Contribution tokens
                 * @property {number|null} [maskedTokens] Contribution maskedTokens
                 * @property {tributary.datanet.v1.IContributionMetadata|null} [metadata] Contribution metadata
                 * @property {tributary.datanet.v1.ContributionStatus|null} [status] Contribution status
                 * @property {string|null} [rejectionReason] Contribution rejectionReason
                 * @property {number|Long|null} [height] Contribution height
                 * @property {number|Long|null} [decidedHeight] Contribution decidedHeight
                 * @property {boolean|null} [redacted] Contribution redacted
                 * @property {Uint8Array|null} [sequenceHash] Contribution sequenceHash
                 * @property {cosmos.base.v1beta1.ICoin|null} [deposit] Contribution deposit
                 * @property {number|Long|null} [timesAttributed] Contribution timesAttributed
                 * @property {string|null} [totalEarned] Contribution totalEarned
                 * @property {Uint8Array|null} [contentRoot] Contribution contentRoot
                 */

                /**
                 * Constructs a new Contribution.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a Contribution.
                 * @implements IContribution
                 * @constructor
                 * @param {tributary.datanet.v1.IContribution=} [properties] Properties to set
                 */
                function Contribution(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Contribution id.
                 * @member {number|Long} id
                 * @memberof tributary.datanet.v1.Contribution
                 * @instance
                 */
                Contribution.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Contribution datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.datanet.v1.Contribution
                 * @instance
                 */
                Contribution.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Contribution contributor.
                 * @member {string} contributor
                 * @memberof tributary.datanet.v1.Contribution
                 * @instance
                 */
                Contribution.prototype.contributor = "";

                /**
                 * Contribution contentHash.
                 * @member {Uint8Array} contentHash
                 * @memberof tributary.datanet.v1.Contribution
                 * @instance
                 */
                Contribution.prototype.contentHash = $util.newBuffer([]);

                /**
                 * Contribution bytes.
                 * @member {number|Long} bytes
                 * @memberof tributary.datanet.v1.Contribution
                 * @instance
                 */
                Contribution.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Contribution tokens.
                 * @member {number} tokens
                 * @memberof tributary.datanet.v1.Contribution
                 * @instance
                 */
                Contribution.prototype.tokens = 0;

                /**
                 * Contribution maskedTokens.
                 * @member {number} maskedTokens
                 * @memberof tributary.datanet.v1.Contribution
                 * @instance
                 */
                Contribution.prototype.maskedTokens = 0;

                /**
                 * Contribution metadata.
                 * @member {tributary.datanet.v1.IContributionMetadata|null|undefined} metadata
                 * @memberof tributary.datanet.v1.Contribution
                 * @instance
                 */
                Contribution.prototype.metadata = null;

                /**
                 * Contribution status.
                 * @member {tributary.datanet.v1.ContributionStatus} status
                 * @memberof tributary.datanet.v1.Contribution
                 * @instance
                 */
                Contribution.prototype.status = 0;

                /**
                 * Contribution rejectionReason.
                 * @member {string} rejectionReason
                 * @memberof tributary.datanet.v1.Contribution
                 * @instance
                 */
                Contribution.prototype.rejectionReason = "";

                /**
                 * Contribution height.
                 * @member {number|Long} height
                 * @memberof tributary.datanet.v1.Contribution
                 * @instance
                 */
                Contribution.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Contribution decidedHeight.
                 * @member {number|Long} decidedHeight
                 * @memberof tributary.datanet.v1.Contribution
                 * @instance
                 */
                Contribution.prototype.decidedHeight = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Contribution redacted.
                 * @member {boolean} redacted
                 * @memberof tributary.datanet.v1.Contribution
                 * @instance
                 */
                Contribution.prototype.redacted = false;

                /**
                 * Contribution sequenceHash.
                 * @member {Uint8Array} sequenceHash
                 * @memberof tributary.datanet.v1.Contribution
                 * @instance
                 */
                Contribution.prototype.sequenceHash = $util.newBuffer([]);

                /**
                 * Contribution deposit.
                 * @member {cosmos.base.v1beta1.ICoin|null|undefined} deposit
                 * @memberof tributary.datanet.v1.Contribution
                 * @instance
                 */
                Contribution.prototype.deposit = null;

                /**
                 * Contribution timesAttributed.
                 * @member {number|Long} timesAttributed
                 * @memberof tributary.datanet.v1.Contribution
                 * @instance
                 */
                Contribution.prototype.timesAttributed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Contribution totalEarned.
                 * @member {string} totalEarned
                 * @memberof tributary.datanet.v1.Contribution
                 * @instance
                 */
                Contribution.prototype.totalEarned = "";

                /**
                 * Contribution contentRoot.
                 * @member {Uint8Array} contentRoot
                 * @memberof tributary.datanet.v1.Contribution
                 * @instance
                 */
                Contribution.prototype.contentRoot = $util.newBuffer([]);

                /**
                 * Encodes the specified Contribution message. Does not implicitly {@link tributary.datanet.v1.Contribution.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.Contribution
                 * @static
                 * @param {tributary.datanet.v1.IContribution} message Contribution message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Contribution.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.datanetId);
                    if (message.contributor != null && Object.hasOwnProperty.call(message, "contributor"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.contributor);
                    if (message.contentHash != null && Object.hasOwnProperty.call(message, "contentHash"))
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.contentHash);
                    if (message.bytes != null && Object.hasOwnProperty.call(message, "bytes"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.bytes);
                    if (message.tokens != null && Object.hasOwnProperty.call(message, "tokens"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.tokens);
                    if (message.maskedTokens != null && Object.hasOwnProperty.call(message, "maskedTokens"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.maskedTokens);
                    if (message.metadata != null && Object.hasOwnProperty.call(message, "metadata"))
                        $root.tributary.datanet.v1.ContributionMetadata.encode(message.metadata, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                    if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                        writer.uint32(/* id 9, wireType 0 =*/72).int32(message.status);
                    if (message.rejectionReason != null && Object.hasOwnProperty.call(message, "rejectionReason"))
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.rejectionReason);
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 11, wireType 0 =*/88).int64(message.height);
                    if (message.decidedHeight != null && Object.hasOwnProperty.call(message, "decidedHeight"))
                        writer.uint32(/* id 12, wireType 0 =*/96).int64(message.decidedHeight);
                    if (message.redacted != null && Object.hasOwnProperty.call(message, "redacted"))
                        writer.uint32(/* id 13, wireType 0 =*/104).bool(message.redacted);
                    if (message.sequenceHash != null && Object.hasOwnProperty.call(message, "sequenceHash"))
                        writer.uint32(/* id 14, wireType 2 =*/114).bytes(message.sequenceHash);
                    if (message.deposit != null && Object.hasOwnProperty.call(message, "deposit"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.deposit, writer.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                    if (message.timesAttributed != null && Object.hasOwnProperty.call(message, "timesAttributed"))
                        writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.timesAttributed);
                    if (message.totalEarned != null && Object.hasOwnProperty.call(message, "totalEarned"))
                        writer.uint32(/* id 17, wireType 2 =*/138).string(message.totalEarned);
                    if (message.contentRoot != null && Object.hasOwnProperty.call(message, "contentRoot"))
                        writer.uint32(/* id 18, wireType 2 =*/146).bytes(message.contentRoot);
                    return writer;
                };

                /**
                 * Decodes a Contribution message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.Contribution
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.Contribution} Contribution
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Contribution.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.Contribution();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.contributor = reader.string();
                                break;
                            }
                        case 4: {
                                message.contentHash = reader.bytes();
                                break;
                            }
                        case 5: {
                                message.bytes = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.tokens = reader.uint32();
                                break;
                            }
                        case 7: {
                                message.maskedTokens = reader.uint32();
                                break;
                            }
                        case 8: {
                                message.metadata = $root.tributary.datanet.v1.ContributionMetadata.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 9: {
                                message.status = reader.int32();
                                break;
                            }
                        case 10: {
                                message.rejectionReason = reader.string();
                                break;
                            }
                        case 11: {
                                message.height = reader.int64();
                                break;
                            }
                        case 12: {
                                message.decidedHeight = reader.int64();
                                break;
                            }
                        case 13: {
                                message.redacted = reader.bool();
                                break;
                            }
                        case 14: {
                                message.sequenceHash = reader.bytes();
                                break;
                            }
                        case 15: {
                                message.deposit = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 16: {
                                message.timesAttributed = reader.uint64();
                                break;
                            }
                        case 17: {
                                message.totalEarned = reader.string();
                                break;
                            }
                        case 18: {
                                message.contentRoot = reader.bytes();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for Contribution
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.Contribution
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Contribution.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.Contribution";
                };

                return Contribution;
            })();

            v1.MaskRun = (function() {

                /**
                 * Properties of a MaskRun.
                 * @memberof tributary.datanet.v1
                 * @interface IMaskRun
                 * @property {number|null} [start] MaskRun start
                 * @property {number|null} [end] MaskRun end
                 */

                /**
                 * Constructs a new MaskRun.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a MaskRun.
                 * @implements IMaskRun
                 * @constructor
                 * @param {tributary.datanet.v1.IMaskRun=} [properties] Properties to set
                 */
                function MaskRun(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MaskRun start.
                 * @member {number} start
                 * @memberof tributary.datanet.v1.MaskRun
                 * @instance
                 */
                MaskRun.prototype.start = 0;

                /**
                 * MaskRun end.
                 * @member {number} end
                 * @memberof tributary.datanet.v1.MaskRun
                 * @instance
                 */
                MaskRun.prototype.end = 0;

                /**
                 * Encodes the specified MaskRun message. Does not implicitly {@link tributary.datanet.v1.MaskRun.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.MaskRun
                 * @static
                 * @param {tributary.datanet.v1.IMaskRun} message MaskRun message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MaskRun.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.start != null && Object.hasOwnProperty.call(message, "start"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.start);
                    if (message.end != null && Object.hasOwnProperty.call(message, "end"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.end);
                    return writer;
                };

                /**
                 * Decodes a MaskRun message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.MaskRun
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.MaskRun} MaskRun
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MaskRun.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.MaskRun();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.start = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.end = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MaskRun
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.MaskRun
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MaskRun.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.MaskRun";
                };

                return MaskRun;
            })();

            v1.TokenSequence = (function() {

                /**
                 * Properties of a TokenSequence.
                 * @memberof tributary.datanet.v1
                 * @interface ITokenSequence
                 * @property {Array.<number>|null} [ids] TokenSequence ids
                 * @property {Array.<tributary.datanet.v1.IMaskRun>|null} [masks] TokenSequence masks
                 * @property {Array.<number>|null} [maskedIds] TokenSequence maskedIds
                 */

                /**
                 * Constructs a new TokenSequence.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a TokenSequence.
                 * @implements ITokenSequence
                 * @constructor
                 * @param {tributary.datanet.v1.ITokenSequence=} [properties] Properties to set
                 */
                function TokenSequence(properties) {
                    this.ids = [];
                    this.masks = [];
                    this.maskedIds = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * TokenSequence ids.
                 * @member {Array.<number>} ids
                 * @memberof tributary.datanet.v1.TokenSequence
                 * @instance
                 */
                TokenSequence.prototype.ids = $util.emptyArray;

                /**
                 * TokenSequence masks.
                 * @member {Array.<tributary.datanet.v1.IMaskRun>} masks
                 * @memberof tributary.datanet.v1.TokenSequence
                 * @instance
                 */
                TokenSequence.prototype.masks = $util.emptyArray;

                /**
                 * TokenSequence maskedIds.
                 * @member {Array.<number>} maskedIds
                 * @memberof tributary.datanet.v1.TokenSequence
                 * @instance
                 */
                TokenSequence.prototype.maskedIds = $util.emptyArray;

                /**
                 * Encodes the specified TokenSequence message. Does not implicitly {@link tributary.datanet.v1.TokenSequence.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.TokenSequence
                 * @static
                 * @param {tributary.datanet.v1.ITokenSequence} message TokenSequence message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TokenSequence.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.ids != null && message.ids.length) {
                        writer.uint32(/* id 1, wireType 2 =*/10).fork();
                        for (let i = 0; i < message.ids.length; ++i)
                            writer.uint32(message.ids[i]);
                        writer.ldelim();
                    }
                    if (message.masks != null && message.masks.length)
                        for (let i = 0; i < message.masks.length; ++i)
                            $root.tributary.datanet.v1.MaskRun.encode(message.masks[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.maskedIds != null && message.maskedIds.length) {
                        writer.uint32(/* id 3, wireType 2 =*/26).fork();
                        for (let i = 0; i < message.maskedIds.length; ++i)
                            writer.uint32(message.maskedIds[i]);
                        writer.ldelim();
                    }
                    return writer;
                };

                /**
                 * Decodes a TokenSequence message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.TokenSequence
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.TokenSequence} TokenSequence
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TokenSequence.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.TokenSequence();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.ids && message.ids.length))
                                    message.ids = [];
                                if ((tag & 7) === 2) {
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.ids.push(reader.uint32());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.ids.push(reader.uint32());
                                break;
                            }
                        case 2: {
                                if (!(message.masks && message.masks.length))
                                    message.masks = [];
                                message.masks.push($root.tributary.datanet.v1.MaskRun.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 3: {
                                if (!(message.maskedIds && message.maskedIds.length))
                                    message.maskedIds = [];
                                if ((tag & 7) === 2) {
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.maskedIds.push(reader.uint32());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.maskedIds.push(reader.uint32());
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for TokenSequence
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.TokenSequence
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                TokenSequence.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.TokenSequence";
                };

                return TokenSequence;
            })();

            v1.DatanetVersion = (function() {

                /**
                 * Properties of a DatanetVersion.
                 * @memberof tributary.datanet.v1
                 * @interface IDatanetVersion
                 * @property {number|Long|null} [datanetId] DatanetVersion datanetId
                 * @property {number|Long|null} [number] DatanetVersion number
                 * @property {Array.<number|Long>|null} [addedContributionIds] DatanetVersion addedContributionIds
                 * @property {number|Long|null} [recordCount] DatanetVersion recordCount
                 * @property {Uint8Array|null} [merkleRoot] DatanetVersion merkleRoot
                 * @property {number|Long|null} [totalTokens] DatanetVersion totalTokens
                 * @property {number|Long|null} [height] DatanetVersion height
                 */

                /**
                 * Constructs a new DatanetVersion.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a DatanetVersion.
                 * @implements IDatanetVersion
                 * @constructor
                 * @param {tributary.datanet.v1.IDatanetVersion=} [properties] Properties to set
                 */
                function DatanetVersion(properties) {
                    this.addedContributionIds = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * DatanetVersion datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.datanet.v1.DatanetVersion
                 * @instance
                 */
                DatanetVersion.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DatanetVersion number.
                 * @member {number|Long} number
                 * @memberof tributary.datanet.v1.DatanetVersion
                 * @instance
                 */
                DatanetVersion.prototype.number = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DatanetVersion addedContributionIds.
                 * @member {Array.<number|Long>} addedContributionIds
                 * @memberof tributary.datanet.v1.DatanetVersion
                 * @instance
                 */
                DatanetVersion.prototype.addedContributionIds = $util.emptyArray;

                /**
                 * DatanetVersion recordCount.
                 * @member {number|Long} recordCount
                 * @memberof tributary.datanet.v1.DatanetVersion
                 * @instance
                 */
                DatanetVersion.prototype.recordCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DatanetVersion merkleRoot.
                 * @member {Uint8Array} merkleRoot
                 * @memberof tributary.datanet.v1.DatanetVersion
                 * @instance
                 */
                DatanetVersion.prototype.merkleRoot = $util.newBuffer([]);

                /**
                 * DatanetVersion totalTokens.
                 * @member {number|Long} totalTokens
                 * @memberof tributary.datanet.v1.DatanetVersion
                 * @instance
                 */
                DatanetVersion.prototype.totalTokens = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DatanetVersion height.
                 * @member {number|Long} height
                 * @memberof tributary.datanet.v1.DatanetVersion
                 * @instance
                 */
                DatanetVersion.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Encodes the specified DatanetVersion message. Does not implicitly {@link tributary.datanet.v1.DatanetVersion.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.DatanetVersion
                 * @static
                 * @param {tributary.datanet.v1.IDatanetVersion} message DatanetVersion message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DatanetVersion.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.datanetId);
                    if (message.number != null && Object.hasOwnProperty.call(message, "number"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.number);
                    if (message.addedContributionIds != null && message.addedContributionIds.length) {
                        writer.uint32(/* id 3, wireType 2 =*/26).fork();
                        for (let i = 0; i < message.addedContributionIds.length; ++i)
                            writer.uint64(message.addedContributionIds[i]);
                        writer.ldelim();
                    }
                    if (message.recordCount != null && Object.hasOwnProperty.call(message, "recordCount"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.recordCount);
                    if (message.merkleRoot != null && Object.hasOwnProperty.call(message, "merkleRoot"))
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.merkleRoot);
                    if (message.totalTokens != null && Object.hasOwnProperty.call(message, "totalTokens"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.totalTokens);
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 7, wireType 0 =*/56).int64(message.height);
                    return writer;
                };

                /**
                 * Decodes a DatanetVersion message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.DatanetVersion
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.DatanetVersion} DatanetVersion
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DatanetVersion.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.DatanetVersion();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.number = reader.uint64();
                                break;
                            }
                        case 3: {
                                if (!(message.addedContributionIds && message.addedContributionIds.length))
                                    message.addedContributionIds = [];
                                if ((tag & 7) === 2) {
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.addedContributionIds.push(reader.uint64());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.addedContributionIds.push(reader.uint64());
                                break;
                            }
                        case 4: {
                                message.recordCount = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.merkleRoot = reader.bytes();
                                break;
                            }
                        case 6: {
                                message.totalTokens = reader.uint64();
                                break;
                            }
                        case 7: {
                                message.height = reader.int64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for DatanetVersion
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.DatanetVersion
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                DatanetVersion.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.DatanetVersion";
                };

                return DatanetVersion;
            })();

            v1.ContributorCounters = (function() {

                /**
                 * Properties of a ContributorCounters.
                 * @memberof tributary.datanet.v1
                 * @interface IContributorCounters
                 * @property {number|Long|null} [records] ContributorCounters records
                 * @property {number|Long|null} [pending] ContributorCounters pending
                 * @property {number|Long|null} [accepted] ContributorCounters accepted
                 * @property {number|Long|null} [rejected] ContributorCounters rejected
                 * @property {number|Long|null} [withdrawn] ContributorCounters withdrawn
                 * @property {number|Long|null} [tokens] ContributorCounters tokens
                 * @property {number|Long|null} [acceptedTokens] ContributorCounters acceptedTokens
                 * @property {number|Long|null} [bytes] ContributorCounters bytes
                 */

                /**
                 * Constructs a new ContributorCounters.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a ContributorCounters.
                 * @implements IContributorCounters
                 * @constructor
                 * @param {tributary.datanet.v1.IContributorCounters=} [properties] Properties to set
                 */
                function ContributorCounters(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ContributorCounters records.
                 * @member {number|Long} records
                 * @memberof tributary.datanet.v1.ContributorCounters
                 * @instance
                 */
                ContributorCounters.prototype.records = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ContributorCounters pending.
                 * @member {number|Long} pending
                 * @memberof tributary.datanet.v1.ContributorCounters
                 * @instance
                 */
                ContributorCounters.prototype.pending = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ContributorCounters accepted.
                 * @member {number|Long} accepted
                 * @memberof tributary.datanet.v1.ContributorCounters
                 * @instance
                 */
                ContributorCounters.prototype.accepted = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ContributorCounters rejected.
                 * @member {number|Long} rejected
                 * @memberof tributary.datanet.v1.ContributorCounters
                 * @instance
                 */
                ContributorCounters.prototype.rejected = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ContributorCounters withdrawn.
                 * @member {number|Long} withdrawn
                 * @memberof tributary.datanet.v1.ContributorCounters
                 * @instance
                 */
                ContributorCounters.prototype.withdrawn = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ContributorCounters tokens.
                 * @member {number|Long} tokens
                 * @memberof tributary.datanet.v1.ContributorCounters
                 * @instance
                 */
                ContributorCounters.prototype.tokens = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ContributorCounters acceptedTokens.
                 * @member {number|Long} acceptedTokens
                 * @memberof tributary.datanet.v1.ContributorCounters
                 * @instance
                 */
                ContributorCounters.prototype.acceptedTokens = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ContributorCounters bytes.
                 * @member {number|Long} bytes
                 * @memberof tributary.datanet.v1.ContributorCounters
                 * @instance
                 */
                ContributorCounters.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified ContributorCounters message. Does not implicitly {@link tributary.datanet.v1.ContributorCounters.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.ContributorCounters
                 * @static
                 * @param {tributary.datanet.v1.IContributorCounters} message ContributorCounters message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ContributorCounters.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.records != null && Object.hasOwnProperty.call(message, "records"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.records);
                    if (message.pending != null && Object.hasOwnProperty.call(message, "pending"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.pending);
                    if (message.accepted != null && Object.hasOwnProperty.call(message, "accepted"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.accepted);
                    if (message.rejected != null && Object.hasOwnProperty.call(message, "rejected"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.rejected);
                    if (message.withdrawn != null && Object.hasOwnProperty.call(message, "withdrawn"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.withdrawn);
                    if (message.tokens != null && Object.hasOwnProperty.call(message, "tokens"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.tokens);
                    if (message.acceptedTokens != null && Object.hasOwnProperty.call(message, "acceptedTokens"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.acceptedTokens);
                    if (message.bytes != null && Object.hasOwnProperty.call(message, "bytes"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.bytes);
                    return writer;
                };

                /**
                 * Decodes a ContributorCounters message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.ContributorCounters
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.ContributorCounters} ContributorCounters
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ContributorCounters.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.ContributorCounters();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.records = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.pending = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.accepted = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.rejected = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.withdrawn = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.tokens = reader.uint64();
                                break;
                            }
                        case 7: {
                                message.acceptedTokens = reader.uint64();
                                break;
                            }
                        case 8: {
                                message.bytes = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ContributorCounters
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.ContributorCounters
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ContributorCounters.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.ContributorCounters";
                };

                return ContributorCounters;
            })();

            v1.QuotaUsage = (function() {

                /**
                 * Properties of a QuotaUsage.
                 * @memberof tributary.datanet.v1
                 * @interface IQuotaUsage
                 * @property {number|Long|null} [window] QuotaUsage window
                 * @property {number|Long|null} [records] QuotaUsage records
                 * @property {number|Long|null} [bytes] QuotaUsage bytes
                 */

                /**
                 * Constructs a new QuotaUsage.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a QuotaUsage.
                 * @implements IQuotaUsage
                 * @constructor
                 * @param {tributary.datanet.v1.IQuotaUsage=} [properties] Properties to set
                 */
                function QuotaUsage(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QuotaUsage window.
                 * @member {number|Long} window
                 * @memberof tributary.datanet.v1.QuotaUsage
                 * @instance
                 */
                QuotaUsage.prototype.window = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QuotaUsage records.
                 * @member {number|Long} records
                 * @memberof tributary.datanet.v1.QuotaUsage
                 * @instance
                 */
                QuotaUsage.prototype.records = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QuotaUsage bytes.
                 * @member {number|Long} bytes
                 * @memberof tributary.datanet.v1.QuotaUsage
                 * @instance
                 */
                QuotaUsage.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified QuotaUsage message. Does not implicitly {@link tributary.datanet.v1.QuotaUsage.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.QuotaUsage
                 * @static
                 * @param {tributary.datanet.v1.IQuotaUsage} message QuotaUsage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QuotaUsage.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.window != null && Object.hasOwnProperty.call(message, "window"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.window);
                    if (message.records != null && Object.hasOwnProperty.call(message, "records"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.records);
                    if (message.bytes != null && Object.hasOwnProperty.call(message, "bytes"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.bytes);
                    return writer;
                };

                /**
                 * Decodes a QuotaUsage message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.QuotaUsage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.QuotaUsage} QuotaUsage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QuotaUsage.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.QuotaUsage();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.window = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.records = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.bytes = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QuotaUsage
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.QuotaUsage
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QuotaUsage.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.QuotaUsage";
                };

                return QuotaUsage;
            })();

            v1.MerkleFrontier = (function() {

                /**
                 * Properties of a MerkleFrontier.
                 * @memberof tributary.datanet.v1
                 * @interface IMerkleFrontier
                 * @property {number|Long|null} [leafCount] MerkleFrontier leafCount
                 * @property {Array.<Uint8Array>|null} [peaks] MerkleFrontier peaks
                 */

                /**
                 * Constructs a new MerkleFrontier.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a MerkleFrontier.
                 * @implements IMerkleFrontier
                 * @constructor
                 * @param {tributary.datanet.v1.IMerkleFrontier=} [properties] Properties to set
                 */
                function MerkleFrontier(properties) {
                    this.peaks = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MerkleFrontier leafCount.
                 * @member {number|Long} leafCount
                 * @memberof tributary.datanet.v1.MerkleFrontier
                 * @instance
                 */
                MerkleFrontier.prototype.leafCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MerkleFrontier peaks.
                 * @member {Array.<Uint8Array>} peaks
                 * @memberof tributary.datanet.v1.MerkleFrontier
                 * @instance
                 */
                MerkleFrontier.prototype.peaks = $util.emptyArray;

                /**
                 * Encodes the specified MerkleFrontier message. Does not implicitly {@link tributary.datanet.v1.MerkleFrontier.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.MerkleFrontier
                 * @static
                 * @param {tributary.datanet.v1.IMerkleFrontier} message MerkleFrontier message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MerkleFrontier.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.leafCount != null && Object.hasOwnProperty.call(message, "leafCount"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.leafCount);
                    if (message.peaks != null && message.peaks.length)
                        for (let i = 0; i < message.peaks.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.peaks[i]);
                    return writer;
                };

                /**
                 * Decodes a MerkleFrontier message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.MerkleFrontier
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.MerkleFrontier} MerkleFrontier
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MerkleFrontier.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.MerkleFrontier();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.leafCount = reader.uint64();
                                break;
                            }
                        case 2: {
                                if (!(message.peaks && message.peaks.length))
                                    message.peaks = [];
                                message.peaks.push(reader.bytes());
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MerkleFrontier
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.MerkleFrontier
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MerkleFrontier.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.MerkleFrontier";
                };

                return MerkleFrontier;
            })();

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @memberof tributary.datanet.v1
                 * @interface IParams
                 * @property {Array.<cosmos.base.v1beta1.ICoin>|null} [creationFee] Params creationFee
                 * @property {number|null} [minTokensPerRecord] Params minTokensPerRecord
                 * @property {number|null} [maxTokensPerRecord] Params maxTokensPerRecord
                 * @property {number|null} [maxRecordBytes] Params maxRecordBytes
                 * @property {number|null} [maxRecordsPerMsg] Params maxRecordsPerMsg
                 * @property {number|Long|null} [quotaWindowBlocks] Params quotaWindowBlocks
                 * @property {number|Long|null} [quotaRecordsPerWindow] Params quotaRecordsPerWindow
                 * @property {number|Long|null} [quotaBytesPerWindow] Params quotaBytesPerWindow
                 * @property {number|null} [bandBucketCap] Params bandBucketCap
                 * @property {number|null} [fingerprintBucketCap] Params fingerprintBucketCap
                 * @property {number|null} [maxCopySources] Params maxCopySources
                 * @property {number|null} [maxCurators] Params maxCurators
                 * @property {number|Long|null} [contentRootFromHeight] Params contentRootFromHeight
                 */

                /**
                 * Constructs a new Params.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents a Params.
                 * @implements IParams
                 * @constructor
                 * @param {tributary.datanet.v1.IParams=} [properties] Properties to set
                 */
                function Params(properties) {
                    this.creationFee = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Params creationFee.
                 * @member {Array.<cosmos.base.v1beta1.ICoin>} creationFee
                 * @memberof tributary.datanet.v1.Params
                 * @instance
                 */
                Params.prototype.creationFee = $util.emptyArray;

                /**
                 * Params minTokensPerRecord.
                 * @member {number} minTokensPerRecord
                 * @memberof tributary.datanet.v1.Params
                 * @instance
                 */
                Params.prototype.minTokensPerRecord = 0;

                /**
                 * Params maxTokensPerRecord.
                 * @member {number} maxTokensPerRecord
                 * @memberof tributary.datanet.v1.Params
                 * @instance
                 */
                Params.prototype.maxTokensPerRecord = 0;

                /**
                 * Params maxRecordBytes.
                 * @member {number} maxRecordBytes
                 * @memberof tributary.datanet.v1.Params
                 * @instance
                 */
                Params.prototype.maxRecordBytes = 0;

                /**
                 * Params maxRecordsPerMsg.
                 * @member {number} maxRecordsPerMsg
                 * @memberof tributary.datanet.v1.Params
                 * @instance
                 */
                Params.prototype.maxRecordsPerMsg = 0;

                /**
                 * Params quotaWindowBlocks.
                 * @member {number|Long} quotaWindowBlocks
                 * @memberof tributary.datanet.v1.Params
                 * @instance
                 */
                Params.prototype.quotaWindowBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params quotaRecordsPerWindow.
                 * @member {number|Long} quotaRecordsPerWindow
                 * @memberof tributary.datanet.v1.Params
                 * @instance
                 */
                Params.prototype.quotaRecordsPerWindow = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params quotaBytesPerWindow.
                 * @member {number|Long} quotaBytesPerWindow
                 * @memberof tributary.datanet.v1.Params
                 * @instance
                 */
                Params.prototype.quotaBytesPerWindow = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params bandBucketCap.
                 * @member {number} bandBucketCap
                 * @memberof tributary.datanet.v1.Params
                 * @instance
                 */
                Params.prototype.bandBucketCap = 0;

                /**
                 * Params fingerprintBucketCap.
                 * @member {number} fingerprintBucketCap
                 * @memberof tributary.datanet.v1.Params
                 * @instance
                 */
                Params.prototype.fingerprintBucketCap = 0;

                /**
                 * Params maxCopySources.
                 * @member {number} maxCopySources
                 * @memberof tributary.datanet.v1.Params
                 * @instance
                 */
                Params.prototype.maxCopySources = 0;

                /**
                 * Params maxCurators.
                 * @member {number} maxCurators
                 * @memberof tributary.datanet.v1.Params
                 * @instance
                 */
                Params.prototype.maxCurators = 0;

                /**
                 * Params contentRootFromHeight.
                 * @member {number|Long} contentRootFromHeight
                 * @memberof tributary.datanet.v1.Params
                 * @instance
                 */
                Params.prototype.contentRootFromHeight = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link tributary.datanet.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.Params
                 * @static
                 * @param {tributary.datanet.v1.IParams} message Params message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.creationFee != null && message.creationFee.length)
                        for (let i = 0; i < message.creationFee.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.creationFee[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.minTokensPerRecord != null && Object.hasOwnProperty.call(message, "minTokensPerRecord"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.minTokensPerRecord);
                    if (message.maxTokensPerRecord != null && Object.hasOwnProperty.call(message, "maxTokensPerRecord"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.maxTokensPerRecord);
                    if (message.maxRecordBytes != null && Object.hasOwnProperty.call(message, "maxRecordBytes"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.maxRecordBytes);
                    if (message.maxRecordsPerMsg != null && Object.hasOwnProperty.call(message, "maxRecordsPerMsg"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.maxRecordsPerMsg);
                    if (message.quotaWindowBlocks != null && Object.hasOwnProperty.call(message, "quotaWindowBlocks"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.quotaWindowBlocks);
                    if (message.quotaRecordsPerWindow != null && Object.hasOwnProperty.call(message, "quotaRecordsPerWindow"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.quotaRecordsPerWindow);
                    if (message.quotaBytesPerWindow != null && Object.hasOwnProperty.call(message, "quotaBytesPerWindow"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.quotaBytesPerWindow);
                    if (message.bandBucketCap != null && Object.hasOwnProperty.call(message, "bandBucketCap"))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.bandBucketCap);
                    if (message.fingerprintBucketCap != null && Object.hasOwnProperty.call(message, "fingerprintBucketCap"))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.fingerprintBucketCap);
                    if (message.maxCopySources != null && Object.hasOwnProperty.call(message, "maxCopySources"))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.maxCopySources);
                    if (message.maxCurators != null && Object.hasOwnProperty.call(message, "maxCurators"))
                        writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.maxCurators);
                    if (message.contentRootFromHeight != null && Object.hasOwnProperty.call(message, "contentRootFromHeight"))
                        writer.uint32(/* id 13, wireType 0 =*/104).int64(message.contentRootFromHeight);
                    return writer;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.Params} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.datanet.v1.Params();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.creationFee && message.creationFee.length))
                                    message.creationFee = [];
                                message.creationFee.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 2: {
                                message.minTokensPerRecord = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.maxTokensPerRecord = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.maxRecordBytes = reader.uint32();
                                break;
                            }
                        case 5: {
                                message.maxRecordsPerMsg = reader.uint32();
                                break;
                            }
                        case 6: {
                                message.quotaWindowBlocks = reader.uint64();
                                break;
                            }
                        case 7: {
                                message.quotaRecordsPerWindow = reader.uint64();
                                break;
                            }
                        case 8: {
                                message.quotaBytesPerWindow = reader.uint64();
                                break;
                            }
                        case 9: {
                                message.bandBucketCap = reader.uint32();
                                break;
                            }
                        case 10: {
                                message.fingerprintBucketCap = reader.uint32();
                                break;
                            }
                        case 11: {
                                message.maxCopySources = reader.uint32();
                                break;
                            }
                        case 12: {
                                message.maxCurators = reader.uint32();
                                break;
                            }
                        case 13: {
                                message.contentRootFromHeight = reader.int64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for Params
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.Params
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Params.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.Params";
                };

                return Params;
            })();

            return v1;
        })();

        return datanet;
    })();

    return tributary;
})();

export const cosmos = $root.cosmos = (() => {

    /**
     * Namespace cosmos.
     * @exports cosmos
     * @namespace
     */
    const cosmos = {};

    cosmos.base = (function() {

        /**
         * Namespace base.
         * @memberof cosmos
         * @namespace
         */
        const base = {};

        base.query = (function() {

            /**
             * Namespace query.
             * @memberof cosmos.base
             * @namespace
             */
            const query = {};

            query.v1beta1 = (function() {

                /**
                 * Namespace v1beta1.
                 * @memberof cosmos.base.query
                 * @namespace
                 */
                const v1beta1 = {};

                v1beta1.PageRequest = (function() {

                    /**
                     * Properties of a PageRequest.
                     * @memberof cosmos.base.query.v1beta1
                     * @interface IPageRequest
                     * @property {Uint8Array|null} [key] PageRequest key
                     * @property {number|Long|null} [offset] PageRequest offset
                     * @property {number|Long|null} [limit] PageRequest limit
                     * @property {boolean|null} [countTotal] PageRequest countTotal
                     * @property {boolean|null} [reverse] PageRequest reverse
                     */

                    /**
                     * Constructs a new PageRequest.
                     * @memberof cosmos.base.query.v1beta1
                     * @classdesc Represents a PageRequest.
                     * @implements IPageRequest
                     * @constructor
                     * @param {cosmos.base.query.v1beta1.IPageRequest=} [properties] Properties to set
                     */
                    function PageRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * PageRequest key.
                     * @member {Uint8Array} key
                     * @memberof cosmos.base.query.v1beta1.PageRequest
                     * @instance
                     */
                    PageRequest.prototype.key = $util.newBuffer([]);

                    /**
                     * PageRequest offset.
                     * @member {number|Long} offset
                     * @memberof cosmos.base.query.v1beta1.PageRequest
                     * @instance
                     */
                    PageRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * PageRequest limit.
                     * @member {number|Long} limit
                     * @memberof cosmos.base.query.v1beta1.PageRequest
                     * @instance
                     */
                    PageRequest.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * PageRequest countTotal.
                     * @member {boolean} countTotal
                     * @memberof cosmos.base.query.v1beta1.PageRequest
                     * @instance
                     */
                    PageRequest.prototype.countTotal = false;

                    /**
                     * PageRequest reverse.
                     * @member {boolean} reverse
                     * @memberof cosmos.base.query.v1beta1.PageRequest
                     * @instance
                     */
                    PageRequest.prototype.reverse = false;

                    /**
                     * Encodes the specified PageRequest message. Does not implicitly {@link cosmos.base.query.v1beta1.PageRequest.verify|verify} messages.
                     * @function encode
                     * @memberof cosmos.base.query.v1beta1.PageRequest
                     * @static
                     * @param {cosmos.base.query.v1beta1.IPageRequest} message PageRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    PageRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                            writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                        if (message.offset != null && Object.hasOwnProperty.call(message, "offset"))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offset);
                        if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                            writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.limit);
                        if (message.countTotal != null && Object.hasOwnProperty.call(message, "countTotal"))
                            writer.uint32(/* id 4, wireType 0 =*/32).bool(message.countTotal);
                        if (message.reverse != null && Object.hasOwnProperty.call(message, "reverse"))
                            writer.uint32(/* id 5, wireType 0 =*/40).bool(message.reverse);
                        return writer;
                    };

                    /**
                     * Decodes a PageRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof cosmos.base.query.v1beta1.PageRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {cosmos.base.query.v1beta1.PageRequest} PageRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    PageRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.cosmos.base.query.v1beta1.PageRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.key = reader.bytes();
                                    break;
                                }
                            case 2: {
                                    message.offset = reader.uint64();
                                    break;
                                }
                            case 3: {
                                    message.limit = reader.uint64();
                                    break;
                                }
                            case 4: {
                                    message.countTotal = reader.bool();
                                    break;
                                }
                            case 5: {
                                    message.reverse = reader.bool();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for PageRequest
                     * @function getTypeUrl
                     * @memberof cosmos.base.query.v1beta1.PageRequest
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    PageRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/cosmos.base.query.v1beta1.PageRequest";
                    };

                    return PageRequest;
                })();

                v1beta1.PageResponse = (function() {

                    /**
                     * Properties of a PageResponse.
                     * @memberof cosmos.base.query.v1beta1
                     * @interface IPageResponse
                     * @property {Uint8Array|null} [nextKey] PageResponse nextKey
                     * @property {number|Long|null} [total] PageResponse total
                     */

                    /**
                     * Constructs a new PageResponse.
                     * @memberof cosmos.base.query.v1beta1
                     * @classdesc Represents a PageResponse.
                     * @implements IPageResponse
                     * @constructor
                     * @param {cosmos.base.query.v1beta1.IPageResponse=} [properties] Properties to set
                     */
                    function PageResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * PageResponse nextKey.
                     * @member {Uint8Array} nextKey
                     * @memberof cosmos.base.query.v1beta1.PageResponse
                     * @instance
                     */
                    PageResponse.prototype.nextKey = $util.newBuffer([]);

                    /**
                     * PageResponse total.
                     * @member {number|Long} total
                     * @memberof cosmos.base.query.v1beta1.PageResponse
                     * @instance
                     */
                    PageResponse.prototype.total = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Encodes the specified PageResponse message. Does not implicitly {@link cosmos.base.query.v1beta1.PageResponse.verify|verify} messages.
                     * @function encode
                     * @memberof cosmos.base.query.v1beta1.PageResponse
                     * @static
                     * @param {cosmos.base.query.v1beta1.IPageResponse} message PageResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    PageResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.nextKey != null && Object.hasOwnProperty.call(message, "nextKey"))
                            writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.nextKey);
                        if (message.total != null && Object.hasOwnProperty.call(message, "total"))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.total);
                        return writer;
                    };

                    /**
                     * Decodes a PageResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof cosmos.base.query.v1beta1.PageResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {cosmos.base.query.v1beta1.PageResponse} PageResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    PageResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.cosmos.base.query.v1beta1.PageResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.nextKey = reader.bytes();
                                    break;
                                }
                            case 2: {
                                    message.total = reader.uint64();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for PageResponse
                     * @function getTypeUrl
                     * @memberof cosmos.base.query.v1beta1.PageResponse
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    PageResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/cosmos.base.query.v1beta1.PageResponse";
                    };

                    return PageResponse;
                })();

                return v1beta1;
            })();

            return query;
        })();

        base.v1beta1 = (function() {

            /**
             * Namespace v1beta1.
             * @memberof cosmos.base
             * @namespace
             */
            const v1beta1 = {};

            v1beta1.Coin = (function() {

                /**
                 * Properties of a Coin.
                 * @memberof cosmos.base.v1beta1
                 * @interface ICoin
                 * @property {string|null} [denom] Coin denom
                 * @property {string|null} [amount] Coin amount
                 */

                /**
                 * Constructs a new Coin.
                 * @memberof cosmos.base.v1beta1
                 * @classdesc Represents a Coin.
                 * @implements ICoin
                 * @constructor
                 * @param {cosmos.base.v1beta1.ICoin=} [properties] Properties to set
                 */
                function Coin(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Coin denom.
                 * @member {string} denom
                 * @memberof cosmos.base.v1beta1.Coin
                 * @instance
                 */
                Coin.prototype.denom = "";

                /**
                 * Coin amount.
                 * @member {string} amount
                 * @memberof cosmos.base.v1beta1.Coin
                 * @instance
                 */
                Coin.prototype.amount = "";

                /**
                 * Encodes the specified Coin message. Does not implicitly {@link cosmos.base.v1beta1.Coin.verify|verify} messages.
                 * @function encode
                 * @memberof cosmos.base.v1beta1.Coin
                 * @static
                 * @param {cosmos.base.v1beta1.ICoin} message Coin message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Coin.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.denom != null && Object.hasOwnProperty.call(message, "denom"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.denom);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.amount);
                    return writer;
                };

                /**
                 * Decodes a Coin message from the specified reader or buffer.
                 * @function decode
                 * @memberof cosmos.base.v1beta1.Coin
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cosmos.base.v1beta1.Coin} Coin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Coin.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.cosmos.base.v1beta1.Coin();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.denom = reader.string();
                                break;
                            }
                        case 2: {
                                message.amount = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for Coin
                 * @function getTypeUrl
                 * @memberof cosmos.base.v1beta1.Coin
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Coin.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/cosmos.base.v1beta1.Coin";
                };

                return Coin;
            })();

            return v1beta1;
        })();

        return base;
    })();

    return cosmos;
})();

export { $root as default };
